package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Fengqiao runs as its own process on a durable embedded PostgreSQL and is killed with SIGKILL at random moments
 * under concurrent intake and transitions, then started again. Whatever the server acknowledged must be there
 * after each restart, nothing twice, and work left pending in the database must finish.
 * {@code -Dreliability.kills=N -Dreliability.clients=N -Dreliability.maxRunMillis=N} make the long mode.
 */
class CrashSafetyTests {

    private static final int KILLS = Integer.getInteger("reliability.kills", 3);
    private static final int CLIENTS = Integer.getInteger("reliability.clients", 4);
    private static final int MAX_RUN_MILLIS = Integer.getInteger("reliability.maxRunMillis", 4000);
    /** Cases each round's load must have had acknowledged before the kill may come (waits up to a minute). */
    private static final int MIN_ACKED = Integer.getInteger("reliability.minAcknowledged", 15);
    /** SMS timers scheduled just before each kill: half due at once (some in flight at the kill), half after it. */
    private static final int TIMERS = Integer.getInteger("reliability.crashTimers", 10);

    @Test
    void everyAcknowledgedCaseAndTransitionSurvivesSigkillWithoutDuplicates() throws Exception {
        Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));
        Map<String, String> filed = new HashMap<>();
        List<Workload.Ack> acks = new ArrayList<>();
        int sent = 0;
        int failed = 0;
        int pendingAtKill = 0;
        int timers = 0;
        int timersPendingAtKill = 0;
        int timersInFlightAtKill = 0;
        try (AppProcess app = AppProcess.fresh(Path.of("target", "reliability", "crash").toAbsolutePath())) {
            app.start();
            for (int round = 1; round <= KILLS; round++) {
                Workload load = new Workload(app.base(), "crash-r" + round);
                List<Thread> clients = load.start(CLIENTS);
                long patience = System.currentTimeMillis() + 60_000;
                while (load.filed.size() < MIN_ACKED && System.currentTimeMillis() < patience) {
                    Thread.sleep(100); // a loaded machine answers slowly; kill only once there is something to lose
                }
                Thread.sleep(random.nextInt(MAX_RUN_MILLIS));
                try (Connection db = app.database()) {
                    PendingDeliveries.schedule(db, "crash-timer-r" + round + "-a", TIMERS / 2, Instant.now());
                    PendingDeliveries.schedule(db, "crash-timer-r" + round + "-b", TIMERS - TIMERS / 2,
                            Instant.now().plusSeconds(2));
                    timers += TIMERS;
                    Thread.sleep(random.nextInt(1000));
                }
                ProcessHandle postgres = app.postmaster().orElseThrow();
                app.kill();
                load.stop(clients);
                assertThat(load.unexpected.get()).as("answers other than 200/201: %s", load.unexpectedSamples)
                        .isZero();
                assertThat(postgres.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();
                try (Connection db = app.database()) {
                    pendingAtKill += count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
                    timersPendingAtKill += PendingDeliveries.count(db, "crash-timer-r" + round + "-", "PENDING");
                    timersInFlightAtKill += count(db, "SELECT count(*) FROM scheduled_tasks WHERE picked");
                }
                assertThat(load.filed).as("round %d had cases acknowledged before the kill", round).isNotEmpty();
                filed.putAll(load.filed);
                acks.addAll(load.acks);
                sent += load.sent.get();
                failed += load.failed.get();

                app.start();
                assertThat(postgres.isAlive()).as("the orphaned PostgreSQL was stopped on restart").isFalse();
                assertThat(app.postmaster().orElseThrow().pid()).isNotEqualTo(postgres.pid());
                try (Connection db = app.database()) {
                    verify(db, filed, acks);
                }
                System.out.printf("crash round %d: killed after %d requests, %d cases and %d steps acknowledged so far%n",
                        round, load.sent.get(), filed.size(), acks.size());
            }
            try (Connection db = app.database()) {
                awaitZero(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
                awaitZero(db, """
                        SELECT count(*) FROM notify_delivery d WHERE d.status = 'PENDING'
                        AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t WHERE t.task_instance = d.id::text)""");
                awaitZero(db, "SELECT count(*) FROM scheduled_tasks WHERE execution_time < now() - interval '1 minute'");
                awaitZero(db, "SELECT count(*) FROM notify_delivery WHERE status = 'PENDING' AND title LIKE 'crash-timer-%'");
                int timersSent = PendingDeliveries.count(db, "crash-timer-", "SENT");
                int cases = count(db, "SELECT count(*) FROM cases WHERE title LIKE 'crash-%'");
                System.out.printf("crash safety: kills=%d requests=%d failed_in_flight=%d cases_acknowledged=%d "
                        + "cases_stored=%d steps_acknowledged=%d lost=0 duplicates=0 publications_pending_at_kill=%d "
                        + "publications_pending_after_restart=0 timers=%d timers_pending_at_kill=%d "
                        + "executions_in_flight_at_kill=%d timers_sent_after_all=%d starts=%d%n", KILLS, sent, failed,
                        filed.size(), cases, acks.size(), pendingAtKill, timers, timersPendingAtKill,
                        timersInFlightAtKill, timersSent, app.starts());
                assertThat(timersSent).as("every timer pending at a kill fires after the restart").isEqualTo(timers);
                assertThat(timersPendingAtKill).as("the kills left timers pending").isPositive();
                assertThat(cases).as("unacknowledged requests may or may not have been stored, never twice")
                        .isGreaterThanOrEqualTo(filed.size()).isLessThanOrEqualTo(filed.size() + failed);
            }
        }
    }

    /** Every acknowledged case and step is stored; no title twice; state and version agree with the history. */
    private static void verify(Connection db, Map<String, String> filed, List<Workload.Ack> acks) throws Exception {
        Map<String, Set<String>> actions = new HashMap<>();
        Map<String, String[]> state = new HashMap<>();
        try (ResultSet rs = db.createStatement().executeQuery("""
                SELECT c.id::text, c.title, c.status, c.version, h.action, h.seq, h.to_status
                FROM cases c JOIN case_history h ON h.case_id = c.id WHERE c.title LIKE 'crash-%' ORDER BY c.id, h.seq""")) {
            while (rs.next()) {
                String id = rs.getString(1);
                actions.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString(5));
                String[] s = state.computeIfAbsent(id, k -> new String[5]);
                s[0] = rs.getString(2);
                s[1] = rs.getString(3);
                s[2] = Long.toString(rs.getLong(4));
                assertThat(rs.getInt(6)).as("history of %s has no gaps", id)
                        .isEqualTo(s[3] == null ? 0 : Integer.parseInt(s[3]) + 1);
                s[3] = Integer.toString(rs.getInt(6));
                s[4] = rs.getString(7);
            }
        }
        for (var e : filed.entrySet()) {
            assertThat(state).as("acknowledged case %s", e.getValue()).containsKey(e.getKey());
            assertThat(state.get(e.getKey())[0]).isEqualTo(e.getValue());
        }
        for (Workload.Ack a : acks) {
            assertThat(actions.get(a.caseId())).as("acknowledged %s of %s", a.action(), a.caseId()).contains(a.action());
            assertThat(Long.parseLong(state.get(a.caseId())[2])).isGreaterThanOrEqualTo(a.version());
        }
        for (var e : state.entrySet()) {
            String[] s = e.getValue();
            assertThat(s[2]).as("version of %s is its last history entry", e.getKey()).isEqualTo(s[3]);
            assertThat(s[1]).as("state of %s is where its history leads", e.getKey()).isEqualTo(s[4]);
        }
        assertThat(count(db, "SELECT count(*) FROM (SELECT title FROM cases WHERE title LIKE 'crash-%' "
                + "GROUP BY title HAVING count(*) > 1) d")).as("duplicated cases").isZero();
    }

    private static void awaitZero(Connection db, String sql) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        int n;
        while ((n = count(db, sql)) > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertThat(n).as(sql).isZero();
    }

    static int count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
