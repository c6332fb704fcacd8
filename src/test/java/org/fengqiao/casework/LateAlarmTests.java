package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An alarm planned in time whose threshold passed days ago while the application was down is sent, marked late. */
@SpringBootTest
class LateAlarmTests {

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    DeadlineTimers timers;
    @Autowired
    DeadlineAlarms alarms;
    @Autowired
    TimeLimits limits;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    JdbcClient jdbc;

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    /** Assigned to U03 five days ago: its acknowledge clock ran out days ago. */
    CaseId assignedDaysAgo() {
        Instant at = Instant.now().minus(Duration.ofDays(5));
        return fixtures.assignedToU03(new Submission("排污管道堵塞", "工业园区排污管道堵塞外溢，请尽快处理。",
                Category.BUSINESS_OPERATIONS, "赵先生", "13700003333", null, "枫溪印染有限公司", "工业园区 2 号", null, null,
                "C01", null), "dispatcher", Channel.PHONE, at);
    }

    Long late(CaseId id, String threshold) {
        return jdbc.sql("SELECT count(*) FROM deadline_alarm WHERE case_id = ? AND phase = 'ACKNOWLEDGE'"
                + " AND threshold = ? AND late").params(id.value(), threshold).query(Long.class).single();
    }

    /**
     * Re-plans the clock as any change to it does. The case's own listeners may be re-planning the same timers on
     * another thread right now; db-scheduler then refuses the loser's reschedule, and the winner's plan stands.
     */
    void replan(CaseId id) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                timers.plan(limits.snapshot(id.value(), Instant.now()));
                return;
            } catch (com.github.kagkarlsson.scheduler.exceptions.ExecutionException raced) {
                if (attempt == 5) {
                    throw raced;
                }
                Thread.sleep(200);
            }
        }
    }

    @Test
    void aTimerPlannedBeforeAnOutageFiresAfterItMarkedLateAndIsNotRemovedByReplanning() throws Exception {
        CaseId id = assignedDaysAgo();
        String red = DeadlineTimers.instanceId(id.value(), Phase.ACKNOWLEDGE, DeadlineTimers.Threshold.RED);
        String yellow = DeadlineTimers.instanceId(id.value(), Phase.ACKNOWLEDGE, DeadlineTimers.Threshold.YELLOW);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?").param(red)
                .query(Long.class).single()).as("a back-dated clock gets no timer").isZero();

        PhaseClock ack = limits.snapshot(id.value(), Instant.now()).phase(Phase.ACKNOWLEDGE);
        assertThat(ack.due()).isBefore(Instant.now().minus(Duration.ofDays(1)));
        // what the application had planned before it went down: the timer, due days ago
        scheduler.schedule(new TaskInstance<>(DeadlineTimers.TASK.getTaskName(), red, red), ack.due(),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        replan(id);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (late(id, "RED") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(late(id, "RED")).as("fired after the outage, marked late").isEqualTo(1);
        assertThat(jdbc.sql("SELECT note FROM case_clock_log WHERE case_id = ? AND action = 'DEADLINE_MISSED'")
                .param(id.value()).query(String.class).list()).containsExactly("ACKNOWLEDGE LATE");

        assertThat(alarms.fire(yellow, Instant.now())).as("a late firing is not skipped").isTrue();
        assertThat(late(id, "YELLOW")).isEqualTo(1);
        assertThat(alarms.fire(yellow, Instant.now())).as("still once").isFalse();
    }
}
