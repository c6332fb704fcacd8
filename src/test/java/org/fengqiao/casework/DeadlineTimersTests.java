package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.org.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deadline alarms on db-scheduler and the embedded PostgreSQL: once per clock and threshold, moved by pauses. */
@SpringBootTest
class DeadlineTimersTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseHandling handling;
    @Autowired
    ClockControl control;
    @Autowired
    DeadlineAlarms alarms;
    @Autowired
    DeadlineTimers timers;
    @Autowired
    TimeLimits limits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    CaseId assigned(Instant at, Urgency urgency) {
        Actor dispatcher = actor("dispatcher");
        Case c = intake.submit(new Submission("冷库制冷异常", "冷库温度持续偏高，担心食品变质，请市场监管部门检查。",
                Category.BUSINESS_OPERATIONS, "李先生", "13700002222", null, "枫溪冷链物流有限公司", "工业园区 9 号", null,
                null, "C01", null), dispatcher, Channel.PHONE, at).filed();
        handling.act(c.id(), Action.ACCEPT, CaseCommand.version(0), dispatcher, Channel.WORKBENCH, at);
        long v = 1;
        if (urgency != Urgency.GENERAL) {
            control.classify(c.id(), 1, urgency, false, dispatcher, at);
        }
        handling.act(c.id(), Action.ASSIGN, new CaseCommand(v, null, null, List.of("U03"), null, null, null, null, null,
                null), dispatcher, Channel.WORKBENCH, at);
        return c.id();
    }

    long alarms(CaseId id, String phase, String threshold) {
        return jdbc.sql("SELECT count(*) FROM deadline_alarm WHERE case_id = ? AND phase = ? AND threshold = ?")
                .params(id.value(), phase, threshold).query(Long.class).single();
    }

    Instant planned(CaseId id, Phase phase, DeadlineTimers.Threshold t) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(DeadlineTimers.TASK.getTaskName(), DeadlineTimers.instanceId(id.value(), phase, t))
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
    }

    @Test
    void everyClockAlarmsExactlyOnceAtYellowAndOnceAtRedEvenWhenItsTimerRunsAgain() throws Exception {
        CaseId id = assigned(Instant.now().minus(Duration.ofHours(3)), Urgency.URGENT);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (alarms(id, "RESOLVE", "RED") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        for (String phase : List.of("ACKNOWLEDGE", "FIRST_REPLY", "RESOLVE")) {
            for (String t : List.of("YELLOW", "RED")) {
                long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (alarms(id, phase, t) == 0 && System.nanoTime() < waitUntil) {
                    Thread.sleep(250);
                }
                assertThat(alarms(id, phase, t)).as(phase + " " + t).isEqualTo(1);
            }
        }
        assertThat(alarms(id, "ACCEPT", "RED")).as("accepted in time").isZero();
        String redResolve = DeadlineTimers.instanceId(id.value(), Phase.RESOLVE, DeadlineTimers.Threshold.RED);
        assertThat(alarms.fire(redResolve, Instant.now())).isFalse();
        assertThat(alarms(id, "RESOLVE", "RED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_clock_log WHERE case_id = ? AND action = 'DEADLINE_MISSED'")
                .param(id.value()).query(Long.class).single()).isEqualTo(3);
        long settle = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (leftToFire(id) > 0 && System.nanoTime() < settle) {
            Thread.sleep(250); // db-scheduler removes an execution only after its handler's transaction committed
        }
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?")
                .params(DeadlineTimers.TASK.getTaskName(), id.value() + "/%").query(Long.class).single())
                .as("no alarm left to fire").isZero();
        // Delivery of the alarm's Notifiable event is covered by NotifyModuleTests and the escalation tests.
    }

    long leftToFire(CaseId id) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?")
                .params(DeadlineTimers.TASK.getTaskName(), id.value() + "/%").query(Long.class).single();
    }

    @Test
    void aPauseRemovesTheAlarmsAndTheResumeMovesThemOnByThePause() {
        Instant assignedAt = Instant.now().minus(Duration.ofMinutes(60)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        CaseId id = assigned(assignedAt, Urgency.URGENT);
        Instant red = planned(id, Phase.RESOLVE, DeadlineTimers.Threshold.RED);
        assertThat(red).isEqualTo(assignedAt.plus(Duration.ofHours(2)));
        assertThat(planned(id, Phase.RESOLVE, DeadlineTimers.Threshold.YELLOW)).isBefore(red);
        Actor handler = actor("handler");
        long version = jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
        control.pause(id, version, "等待第三方检测报告", handler, assignedAt.plus(Duration.ofMinutes(10)));
        assertThat(planned(id, Phase.RESOLVE, DeadlineTimers.Threshold.RED)).isNull();
        assertThat(planned(id, Phase.RESOLVE, DeadlineTimers.Threshold.YELLOW)).isNull();
        control.resume(id, version, handler, assignedAt.plus(Duration.ofMinutes(40)));
        assertThat(planned(id, Phase.RESOLVE, DeadlineTimers.Threshold.RED)).isEqualTo(red.plus(Duration.ofMinutes(30)));
    }

    @Test
    void anAlarmOutsideOfficeHoursWaitsForTheNextWorkingPeriodUnlessTheCaseIsUrgent() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(SHANGHAI);
        java.time.ZonedDateTime night = now.toLocalDate().atTime(22, 0).atZone(SHANGHAI);
        Instant lateEvening = (night.isAfter(now) ? night.minusDays(1) : night).toInstant();
        CaseId general = assigned(lateEvening, Urgency.GENERAL);
        Instant red = planned(general, Phase.RESOLVE, DeadlineTimers.Threshold.RED);
        assertThat(red.atZone(SHANGHAI).getHour()).as("due at 22:00, alarmed in office hours").isBetween(8, 18);
        CaseId urgent = assigned(lateEvening, Urgency.URGENT);
        var snapshot = limits.snapshot(urgent.value(), Instant.now());
        Instant urgentDue = snapshot.phase(Phase.RESOLVE).due();
        assertThat(urgentDue).isEqualTo(lateEvening.plus(Duration.ofHours(2)));
        assertThat(timers.fireAt(urgentDue, snapshot.clock(), Phase.RESOLVE)).isEqualTo(urgentDue);
    }

    @Test
    void manyDueAlarmsFireInBatchesOnceEachWhileTwoSweepsAndTheSchedulerCompete() throws Exception {
        List<CaseId> ids = new ArrayList<>();
        // filed and parked in one transaction (no scheduler sees them due), then all due at once, as after an outage
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 8; i++) {
                ids.add(assigned(Instant.now().minus(Duration.ofHours(3)), Urgency.URGENT));
            }
            jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() + interval '1 day' WHERE task_name = ? "
                    + "AND task_instance LIKE ANY (?)").params(DeadlineTimers.TASK.getTaskName(),
                    ids.stream().map(id -> id.value() + "/%").toArray(String[]::new)).update();
        });
        String[] like = ids.stream().map(id -> id.value() + "/%").toArray(String[]::new);
        long parked = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ANY (?)")
                .params(DeadlineTimers.TASK.getTaskName(), like).query(Long.class).single();
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = ? AND task_instance LIKE ANY (?)"
                + " AND NOT picked").params(DeadlineTimers.TASK.getTaskName(), like).update();
        DeadlineSweep small = new DeadlineSweep(alarms, jdbc, tx, new DeadlineTimerSettings(Duration.ofDays(1), 5));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> small.sweep(Instant.now()));
            var second = pool.submit(() -> small.sweep(Instant.now()));
            assertThat(first.get() + second.get()).as("the sweeps fired the parked alarms, five per transaction")
                    .isGreaterThan(5);
        } finally {
            pool.shutdown();
        }
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until && jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? "
                + "AND task_instance LIKE ANY (?)").params(DeadlineTimers.TASK.getTaskName(), like)
                .query(Long.class).single() > 0) {
            Thread.sleep(250);
        }
        assertThat(parked).isEqualTo(8 * 6);
        for (CaseId id : ids) {
            for (String phase : List.of("ACKNOWLEDGE", "FIRST_REPLY", "RESOLVE")) {
                for (String t : List.of("YELLOW", "RED")) {
                    assertThat(alarms(id, phase, t)).as(id + " " + phase + " " + t).isEqualTo(1);
                }
            }
            assertThat(jdbc.sql("SELECT count(*) FROM case_clock_log WHERE case_id = ? AND action IN "
                    + "('DEADLINE_MISSED', 'DEADLINE_WARNED')").param(id.value()).query(Long.class).single())
                    .as("each alarm written once to the clock log").isEqualTo(6);
            assertThat(leftToFire(id)).isZero();
        }
    }
}
