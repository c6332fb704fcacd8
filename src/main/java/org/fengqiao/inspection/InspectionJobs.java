package org.fengqiao.inspection;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Inspection's periodic jobs on db-scheduler: each recurring task is one row in {@code scheduled_tasks}, picked by
 * one instance of the cluster at a time; the jobs themselves claim their work in the database so that a second
 * start (another instance after a takeover, a retry) does nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class InspectionJobs {

    static final String ROUTINE_TASK = "inspection-routine-demands";
    static final String OVERDUE_TASK = "inspection-overdue-orders";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Mondays at 02:00 Beijing time: routine demands from the frequency rules for the coming weeks. */
    @Bean
    Task<Void> inspectionRoutineDemandsTask(WeeklyRoutineJob job) {
        return Tasks.recurring(ROUTINE_TASK, Schedules.cron("0 0 2 * * MON", SHANGHAI))
                .execute((instance, context) -> job.run(LocalDate.now(SHANGHAI)));
    }

    /** Every 30 minutes: rectification orders past their deadline are escalated, each once. */
    @Bean
    Task<Void> inspectionOverdueOrdersTask(OverdueOrders overdue) {
        return Tasks.recurring(OVERDUE_TASK, FixedDelay.of(Duration.ofMinutes(30)))
                .execute((instance, context) -> overdue.escalate(LocalDate.now(SHANGHAI)));
    }

    /** At a 一键指令's limit: escalates it when units have not acknowledged it. */
    @Bean
    Task<String> inspectionCommandDueTask(OneClickCommands commands) {
        return Tasks.oneTime(OneClickCommands.DUE).execute((instance, context) ->
                commands.escalateIfMissed(java.util.UUID.fromString(instance.getData()), java.time.Instant.now()));
    }
}
