package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.WorkingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans the alarms of a case's running clocks as db-scheduler executions, one per clock and threshold (yellow at
 * {@link DeadlineClock#WARN_SHARE} of the time, red when due), in the transaction of the change that moved the
 * clock: a pause, a finished phase or a stopped case removes them, a resume or an extension moves them. Outside the
 * unit's office hours an alarm waits for the next working period, unless the case is urgent.
 */
@Component
class DeadlineTimers {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("casework-deadline", String.class);

    enum Threshold {
        YELLOW, RED;

        Instant of(PhaseClock p) {
            return this == YELLOW ? p.warnAt() : p.due();
        }
    }

    private final ObjectProvider<SchedulerClient> scheduler;
    private final WorkingCalendar calendar;
    private final DeadlineTimerSettings settings;
    private final JdbcClient jdbc;

    DeadlineTimers(ObjectProvider<SchedulerClient> scheduler, WorkingCalendar calendar, DeadlineTimerSettings settings,
            JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** A clock that is counting: started, not done, not stopped, not paused. */
    static boolean running(PhaseClock p) {
        return p.start() != null && p.due() != null && p.done() == null && p.stopped() == null && !p.paused();
    }

    static String instanceId(UUID caseId, Phase phase, Threshold threshold) {
        return caseId + "/" + phase.name() + "/" + threshold.name();
    }

    void plan(TimeLimits.Snapshot s) {
        UUID caseId = s.clock().caseId();
        Set<String> fired = new HashSet<>(jdbc.sql("""
                SELECT phase || '/' || threshold || '/' || extract(epoch FROM started_at)::bigint
                FROM deadline_alarm WHERE case_id = ?""").param(caseId).query(String.class).list());
        Instant oldest = Instant.now().minus(settings.catchUp());
        List<String> cancelled = new ArrayList<>();
        for (PhaseClock p : s.phases()) {
            for (Threshold t : Threshold.values()) {
                String id = instanceId(caseId, p.phase(), t);
                boolean live = running(p) && !fired.contains(p.phase().name() + "/" + t.name() + "/"
                        + p.start().getEpochSecond());
                if (live && t.of(p).isAfter(oldest)) {
                    schedule(id, fireAt(t.of(p), s.clock(), p.phase()));
                } else if (!live) {
                    cancelled.add(id);
                }
                // live but past the catch-up window: a timer planned before an outage stays and fires marked late;
                // a back-dated clock that never had one gets none
            }
        }
        if (cancelled.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :task AND task_instance IN (:ids) AND NOT picked")
                .param("task", TASK.getTaskName()).param("ids", cancelled).update();
    }

    /** The alarm running right now (it published the event that re-plans) decides for itself and is left alone. */
    private void schedule(String id, Instant at) {
        try {
            scheduler.getObject().schedule(new TaskInstance<>(TASK.getTaskName(), id, id), at,
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (TaskInstanceCurrentlyExecutingException running) {
            // its own check of the clock, under the clock's lock, decides whether it fires
        } catch (com.github.kagkarlsson.scheduler.exceptions.ExecutionException claimedMeanwhile) {
            // picked or claimed by a firing between db-scheduler's look and its update: this change lost the race
            // with the alarm of the same case, so it is refused as a concurrent change (409) and rolled back whole
            throw new org.springframework.dao.ConcurrencyFailureException(
                    "deadline timer " + id + " was taken by a firing while the case changed", claimedMeanwhile);
        }
    }

    /** When the alarm goes off: at the threshold, or at the start of the unit's next office period if not urgent. */
    Instant fireAt(Instant threshold, CaseClock clock, Phase phase) {
        if (clock.urgency() == Urgency.URGENT) {
            return threshold;
        }
        return calendar.addWorkingHours(threshold, Duration.ZERO, phase == Phase.ACCEPT ? null : clock.unitId());
    }
}
