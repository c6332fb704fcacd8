package org.fengqiao.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app messages per person. */
@Repository
class Inbox {

    record Message(UUID id, String title, String body, String link, Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID personId, Notice notice) {
        jdbc.sql("INSERT INTO notify_message (id, person_id, title, body, link) VALUES (?,?,?,?,?)")
                .params(UUID.randomUUID(), personId, notice.title(), notice.body(), notice.link()).update();
    }

    long unread(UUID personId) {
        return jdbc.sql("SELECT count(*) FROM notify_message WHERE person_id = ? AND read_at IS NULL").param(personId)
                .query(Long.class).single();
    }

    long count(UUID personId, boolean unreadOnly) {
        return jdbc.sql("SELECT count(*) FROM notify_message WHERE person_id = ?" + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param(personId).query(Long.class).single();
    }

    List<Message> page(UUID personId, boolean unreadOnly, boolean oldestFirst, int page, int size) {
        return jdbc.sql("SELECT id, title, body, link, created_at, read_at FROM notify_message WHERE person_id = ?"
                + (unreadOnly ? " AND read_at IS NULL" : "")
                + " ORDER BY created_at " + (oldestFirst ? "ASC" : "DESC") + ", id LIMIT ? OFFSET ?")
                .params(personId, size, (long) page * size)
                .query((rs, i) -> new Message(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** Only the owner's own message; false when there is none with this id for them. */
    boolean markRead(UUID personId, UUID id) {
        return jdbc.sql("UPDATE notify_message SET read_at = coalesce(read_at, now()) WHERE id = ? AND person_id = ?")
                .params(id, personId).update() == 1;
    }

    void markAllRead(UUID personId) {
        jdbc.sql("UPDATE notify_message SET read_at = now() WHERE person_id = ? AND read_at IS NULL").param(personId)
                .update();
    }
}
