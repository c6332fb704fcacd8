package org.fengqiao.reliability;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SMS deliveries stored as the notify module stores them, each with its db-scheduler execution (a timer) due at a
 * given moment: work that is pending in the database and must be done by whichever instance is alive when it is due.
 */
final class PendingDeliveries {

    private PendingDeliveries() {
    }

    /** {@code count} deliveries titled {@code tag-i}, due at {@code due}; returns their ids. */
    static List<UUID> schedule(Connection db, String tag, int count, Instant due) throws Exception {
        List<UUID> ids = new ArrayList<>();
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement d = db.prepareStatement("""
                INSERT INTO notify_delivery (id, channel, address, title, body, status) VALUES (?, 'sms', ?, ?, ?, 'PENDING')""");
                PreparedStatement t = db.prepareStatement("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
                        VALUES ('notify-delivery', ?, ?, ?, false, 1)""")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                d.setObject(1, id);
                d.setString(2, "1000000%04d".formatted(i));
                d.setString(3, tag + "-" + i);
                d.setString(4, "定时提醒 " + i);
                d.addBatch();
                t.setString(1, id.toString());
                t.setBytes(2, serialized(id.toString()));
                t.setTimestamp(3, Timestamp.from(due));
                t.addBatch();
            }
            d.executeBatch();
            t.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(auto);
        }
        return ids;
    }

    /** How many deliveries whose titles start with {@code prefix} are in the given status. */
    static int count(Connection db, String prefix, String status) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FROM notify_delivery WHERE status = ? AND title LIKE ?")) {
            s.setString(1, status);
            s.setString(2, prefix + "%");
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** db-scheduler's default serializer is Java serialization. */
    private static byte[] serialized(String data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(data);
        }
        return out.toByteArray();
    }
}
