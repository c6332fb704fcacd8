package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Two Fengqiao processes on one database: intake spread over both gives unique numbers and no lost case, and
 * each db-scheduler execution (an SMS delivery) runs on exactly one of them.
 */
class TwoInstancesTests {

    private static final int DELIVERIES = Integer.getInteger("reliability.deliveries", 40);
    private static final int LOAD_MILLIS = Integer.getInteger("reliability.twoInstanceMillis", 5000);

    @Test
    void intakeAndTimersSpreadOverTwoInstancesWithEachTimerFiringOnce() throws Exception {
        Path work = Path.of("target", "reliability", "two").toAbsolutePath();
        try (AppProcess a = AppProcess.fresh(work.resolve("a"))) {
            a.start();
            try (AppProcess b = AppProcess.sharing(work.resolve("b"), a)) {
                b.start();
                Workload onA = new Workload(a.base(), "two-a");
                Workload onB = new Workload(b.base(), "two-b");
                List<Thread> clients = new java.util.ArrayList<>(onA.start(2));
                clients.addAll(onB.start(2));
                try (Connection db = a.database()) {
                    scheduleDeliveries(db);
                    Thread.sleep(LOAD_MILLIS);
                    onA.stop(clients);
                    onB.stop(clients);
                    assertThat(onA.unexpected.get() + onB.unexpected.get()).isZero();
                    long until = System.currentTimeMillis() + 120_000;
                    while (CrashSafetyTests.count(db, "SELECT count(*) FROM notify_delivery WHERE status = 'PENDING' "
                            + "AND title LIKE 'two-%'") > 0 && System.currentTimeMillis() < until) {
                        Thread.sleep(500);
                    }
                    assertThat(CrashSafetyTests.count(db, "SELECT count(*) FROM notify_delivery WHERE status = 'SENT' "
                            + "AND title LIKE 'two-%'")).isEqualTo(DELIVERIES);
                    long sentByA = smsLines(a.log());
                    long sentByB = smsLines(b.log());
                    int cases = CrashSafetyTests.count(db, "SELECT count(*) FROM cases WHERE title LIKE 'two-%'");
                    int numbers = CrashSafetyTests.count(db,
                            "SELECT count(DISTINCT number) FROM cases WHERE title LIKE 'two-%'");
                    System.out.printf("two instances: cases_via_a=%d cases_via_b=%d stored=%d distinct_numbers=%d "
                            + "timers=%d fired_on_a=%d fired_on_b=%d%n", onA.filed.size(), onB.filed.size(), cases,
                            numbers, DELIVERIES, sentByA, sentByB);
                    assertThat(sentByA + sentByB).as("every timer fires exactly once").isEqualTo(DELIVERIES);
                    assertThat(cases).isEqualTo(onA.filed.size() + onB.filed.size()).isEqualTo(numbers);
                    assertThat(onA.filed).isNotEmpty();
                    assertThat(onB.filed).isNotEmpty();
                }
            }
        }
    }

    /** Pending SMS deliveries due now, stored as the notify module stores them, with their db-scheduler executions. */
    private static void scheduleDeliveries(Connection db) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement d = db.prepareStatement("""
                INSERT INTO notify_delivery (id, channel, address, title, body, status) VALUES (?, 'sms', ?, ?, ?, 'PENDING')""");
                PreparedStatement t = db.prepareStatement("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
                        VALUES ('notify-delivery', ?, ?, ?, false, 1)""")) {
            for (int i = 0; i < DELIVERIES; i++) {
                UUID id = UUID.randomUUID();
                d.setObject(1, id);
                d.setString(2, "1390000%04d".formatted(i));
                d.setString(3, "two-" + i);
                d.setString(4, "定时提醒 " + i);
                d.addBatch();
                t.setString(1, id.toString());
                t.setBytes(2, serialized(id.toString()));
                t.setTimestamp(3, Timestamp.from(Instant.now()));
                t.addBatch();
            }
            d.executeBatch();
            t.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** db-scheduler's default serializer is Java serialization. */
    private static byte[] serialized(String data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(data);
        }
        return out.toByteArray();
    }

    private static long smsLines(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("SMS to 139****")).count();
        }
    }
}
