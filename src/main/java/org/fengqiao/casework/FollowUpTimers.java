package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.WorkingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One db-scheduler execution per planned follow-up, at the start of the unit's office day when it falls due;
 * written in the transaction that planned it, removed when the follow-up is cancelled. db-scheduler hands each
 * execution to one instance, and the follow-up's status makes a repeated run a no-op.
 */
@Component
class FollowUpTimers {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("casework-follow-up", String.class);
    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    private final ObjectProvider<SchedulerClient> scheduler;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final FollowUps followUps;

    FollowUpTimers(ObjectProvider<SchedulerClient> scheduler, WorkingCalendar calendar, JdbcClient jdbc,
            FollowUps followUps) {
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.followUps = followUps;
    }

    /**
     * Follow-ups that a migration copied in from a module's older records get their timers at start-up (a migration
     * cannot write db-scheduler's serialized task data); scheduling an existing timer again does nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void timeImported() {
        followUps.importedWithoutTimer(TASK.getTaskName()).forEach(f -> schedule(f.id(), f.dueOn(), f.unitId()));
    }

    void schedule(UUID followUpId, LocalDate dueOn, UUID unitId) {
        put(followUpId.toString(), followUpId, dueOn, unitId, SchedulerClient.ScheduleOptions.WHEN_EXISTS_DO_NOTHING);
    }

    /** Moves the follow-up's timer to {@code dueOn} (another attempt after nobody was reached). */
    void reschedule(UUID followUpId, LocalDate dueOn, UUID unitId) {
        try {
            put(followUpId.toString(), followUpId, dueOn, unitId, SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException running) {
            // the old day's timer is running right now and cannot be moved: the new day gets a timer of its own
            // ("<follow-up>#<day>"), so the follow-up is reminded of again on the day it was moved to
            put(followUpId + "#" + dueOn, followUpId, dueOn, unitId,
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        }
    }

    /**
     * The follow-up a timer belongs to: a timer's instance id is the follow-up's id, or {@code <id>#<day>} for a day
     * the follow-up was moved to while its first timer was running.
     */
    static UUID followUpOf(String instanceId) {
        return UUID.fromString(instanceId.split("#", 2)[0]);
    }

    private void put(String instanceId, UUID followUpId, LocalDate dueOn, UUID unitId,
            SchedulerClient.ScheduleOptions when) {
        scheduler.getObject().schedule(new TaskInstance<>(TASK.getTaskName(), instanceId, followUpId.toString()),
                fireAt(dueOn, unitId), when);
    }

    /** The start of the unit's first office period on the due day (or after it). */
    Instant fireAt(LocalDate dueOn, UUID unitId) {
        return calendar.addWorkingHours(dueOn.atStartOfDay(ZONE).toInstant(), Duration.ZERO, unitId);
    }

    void cancel(List<UUID> followUpIds) {
        if (followUpIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :task AND split_part(task_instance, '#', 1) IN (:ids)"
                + " AND NOT picked").param("task", TASK.getTaskName())
                .param("ids", followUpIds.stream().map(UUID::toString).toList()).update();
    }
}
