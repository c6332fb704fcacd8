package org.fengqiao.notify;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outbound deliveries and how they went. */
@Repository
class Deliveries {

    enum Status { PENDING, SENT, FAILED }

    record Row(Delivery delivery, Status status) {
    }

    private static final int LONGEST_ERROR = 400;

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(String channel, String address, Notice notice) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notify_delivery (id, channel, address, title, body, link, status)
                VALUES (?,?,?,?,?,?,'PENDING')""")
                .params(id, channel, address, notice.title(), notice.body(), notice.link()).update();
        return id;
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT * FROM notify_delivery WHERE id = ?").param(id)
                .query((rs, i) -> new Row(new Delivery(id, rs.getString("channel"), rs.getString("address"),
                        rs.getString("title"), rs.getString("body"), rs.getString("link"), rs.getInt("attempts") + 1),
                        Status.valueOf(rs.getString("status"))))
                .optional();
    }

    void sent(UUID id) {
        jdbc.sql("UPDATE notify_delivery SET status = 'SENT', attempts = attempts + 1, sent_at = now() WHERE id = ?")
                .param(id).update();
    }

    void attemptFailed(UUID id, String error) {
        String e = error == null ? "" : error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
        jdbc.sql("UPDATE notify_delivery SET attempts = attempts + 1, last_error = ? WHERE id = ?").params(e, id)
                .update();
    }

    void gaveUp(UUID id) {
        jdbc.sql("UPDATE notify_delivery SET status = 'FAILED' WHERE id = ?").param(id).update();
    }
}
