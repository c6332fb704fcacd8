package org.fengqiao.inspection;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a week (db-scheduler, one instance of the cluster) routine demands are made from the frequency rules for the
 * coming weeks. The week's run is claimed in the same transaction as its demands, so a second start in the same
 * week, on another instance or after a retry, makes nothing; a run that failed leaves no claim and is retried.
 */
@Service
class WeeklyRoutineJob {

    static final String JOB = "routine-demands";
    static final String BY = "system:routine";

    private final JdbcClient jdbc;
    private final RoutineScheduling routine;
    private final InspectionSettings settings;

    WeeklyRoutineJob(JdbcClient jdbc, RoutineScheduling routine, InspectionSettings settings) {
        this.jdbc = jdbc;
        this.routine = routine;
        this.settings = settings;
    }

    /** The week's outcome, or empty when this week's run already happened. */
    @Transactional
    java.util.Optional<RoutineScheduling.Outcome> run(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        boolean claimed = jdbc.sql("INSERT INTO inspection_job_run (job, period) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(JOB, week).update() == 1;
        if (!claimed) {
            return java.util.Optional.empty();
        }
        RoutineScheduling.Outcome o = routine.generate(today, settings.routineWeeks(), BY);
        jdbc.sql("UPDATE inspection_job_run SET outcome = ? WHERE job = ? AND period = ?")
                .params("created=" + o.created() + " exempt=" + o.droppedExempt() + " open=" + o.skippedOpen()
                        + " capped=" + o.skippedCap(), JOB, week).update();
        return java.util.Optional.of(o);
    }
}
