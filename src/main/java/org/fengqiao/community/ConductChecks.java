package org.fengqiao.community;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConductChecks {

    /** One page of findings and how many match. */
    record Page(List<Conduct.Finding> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;

    ConductChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Conduct.Item> items(UUID unitId) {
        return jdbc.sql("SELECT id, unit_id, dimension, text, position FROM community_conduct_item"
                + " WHERE unit_id = ? AND active ORDER BY dimension = 'DISCIPLINE' DESC, dimension = 'LAW_ENFORCEMENT'"
                + " DESC, dimension = 'HOUSEKEEPING' DESC, dimension = 'ATTITUDE' DESC, dimension = 'EFFICIENCY' DESC,"
                + " position, text").param(unitId)
                .query((rs, i) -> new Conduct.Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Conduct.Dimension.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5))).list();
    }

    boolean hasItems(UUID unitId) {
        return jdbc.sql("SELECT count(*) > 0 FROM community_conduct_item WHERE unit_id = ?").param(unitId)
                .query(Boolean.class).single();
    }

    /** Adds an item; false when the station already has it (active or retired, it is then active again). */
    boolean addItem(UUID unitId, Conduct.Dimension d, String text, String by) {
        int reactivated = jdbc.sql("UPDATE community_conduct_item SET active = true WHERE unit_id = ? AND dimension = ?"
                + " AND text = ? AND NOT active").params(unitId, d.name(), text).update();
        if (reactivated == 1) {
            return true;
        }
        return jdbc.sql("INSERT INTO community_conduct_item (id, unit_id, dimension, text, position, created_by)"
                + " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM community_conduct_item"
                + " WHERE unit_id = ? AND dimension = ?), ?) ON CONFLICT (unit_id, dimension, text) DO NOTHING")
                .params(UUID.randomUUID(), unitId, d.name(), text, unitId, d.name(), by).update() == 1;
    }

    boolean retire(UUID itemId, UUID unitId) {
        return jdbc.sql("UPDATE community_conduct_item SET active = false WHERE id = ? AND unit_id = ? AND active")
                .params(itemId, unitId).update() == 1;
    }

    Optional<UUID> unitOfItem(UUID itemId) {
        return jdbc.sql("SELECT unit_id FROM community_conduct_item WHERE id = ?").param(itemId).query(UUID.class)
                .optional();
    }

    /** Stores a check; false when the team was already checked that day. */
    boolean addCheck(UUID id, UUID unitId, String team, LocalDate on, String checker) {
        return jdbc.sql("INSERT INTO community_conduct_check (id, unit_id, team, checked_on, checker)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (unit_id, team, checked_on) DO NOTHING")
                .params(id, unitId, team, on, checker).update() == 1;
    }

    void addAnswer(UUID checkId, Conduct.Answer a) {
        jdbc.sql("INSERT INTO community_conduct_answer (check_id, item_id, passed, note) VALUES (?, ?, ?, ?)")
                .params(checkId, a.itemId(), a.passed(), a.note()).update();
    }

    void addFinding(UUID checkId, UUID itemId, UUID unitId, String team, String text, LocalDate due) {
        jdbc.sql("INSERT INTO community_conduct_finding (id, check_id, item_id, unit_id, team, text, due_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), checkId, itemId, unitId, team, text, due)
                .update();
    }

    Optional<Conduct.Finding> finding(UUID id) {
        return jdbc.sql(FINDINGS + " WHERE f.id = ?").param(id).query(ConductChecks::finding).optional();
    }

    boolean rectify(UUID id, String note, String by, Instant at) {
        return jdbc.sql("UPDATE community_conduct_finding SET rectified_at = ?, rectified_by = ?, rectification = ?"
                + " WHERE id = ? AND rectified_at IS NULL").params(Timestamp.from(at), by, note, id).update() == 1;
    }

    /** Findings of a station: open (soonest due first), overdue, rectified (latest first) or all. */
    Page findings(UUID unitId, String state, LocalDate today, int page, int size) {
        String filter = switch (state) {
            case "open" -> " AND f.rectified_at IS NULL ORDER BY f.due_on, f.created_at";
            case "overdue" -> " AND f.rectified_at IS NULL AND f.due_on < :today ORDER BY f.due_on, f.created_at";
            case "rectified" -> " AND f.rectified_at IS NOT NULL ORDER BY f.rectified_at DESC";
            default -> " ORDER BY f.created_at DESC";
        };
        String where = " WHERE f.unit_id = :u" + filter.substring(0, filter.indexOf(" ORDER BY"));
        long total = jdbc.sql("SELECT count(*) FROM community_conduct_finding f" + where).param("u", unitId)
                .param("today", today).query(Long.class).single();
        List<Conduct.Finding> items = jdbc.sql(FINDINGS + " WHERE f.unit_id = :u" + filter
                + " LIMIT :size OFFSET :offset").param("u", unitId).param("today", today).param("size", size)
                .param("offset", (long) page * size).query(ConductChecks::finding).list();
        return new Page(items, total, page, size);
    }

    /** A station's checks between two days (both included), newest first, of one team when given. */
    List<Conduct.DailyCheck> checks(UUID unitId, LocalDate from, LocalDate to, String team, int page, int size) {
        return jdbc.sql("SELECT c.id, c.team, c.checked_on, c.checker, count(a.item_id),"
                + " count(a.item_id) FILTER (WHERE a.passed) FROM community_conduct_check c"
                + " LEFT JOIN community_conduct_answer a ON a.check_id = c.id"
                + " WHERE c.unit_id = :u AND c.checked_on BETWEEN :from AND :to" + (team == null ? "" : " AND c.team = :team")
                + " GROUP BY c.id ORDER BY c.checked_on DESC, c.team LIMIT :size OFFSET :offset").param("u", unitId)
                .param("from", from).param("to", to).param("team", team == null ? "" : team).param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> new Conduct.DailyCheck(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getLong(5), rs.getLong(6))).list();
    }

    long checkCount(UUID unitId, LocalDate from, LocalDate to, String team) {
        return jdbc.sql("SELECT count(*) FROM community_conduct_check c WHERE c.unit_id = :u"
                + " AND c.checked_on BETWEEN :from AND :to" + (team == null ? "" : " AND c.team = :team"))
                .param("u", unitId).param("from", from).param("to", to).param("team", team == null ? "" : team)
                .query(Long.class).single();
    }

    List<Conduct.TeamMonth> month(UUID unitId, LocalDate first, LocalDate last, LocalDate today) {
        return jdbc.sql("SELECT c.team, count(DISTINCT c.id), count(a.item_id), count(a.item_id) FILTER (WHERE a.passed),"
                + " (SELECT count(*) FROM community_conduct_finding f JOIN community_conduct_check k ON k.id = f.check_id"
                + "   WHERE k.unit_id = c.unit_id AND k.team = c.team AND k.checked_on BETWEEN :first AND :last),"
                + " (SELECT count(*) FROM community_conduct_finding f JOIN community_conduct_check k ON k.id = f.check_id"
                + "   WHERE k.unit_id = c.unit_id AND k.team = c.team AND k.checked_on BETWEEN :first AND :last"
                + "   AND f.rectified_at IS NULL),"
                + " (SELECT count(*) FROM community_conduct_finding f JOIN community_conduct_check k ON k.id = f.check_id"
                + "   WHERE k.unit_id = c.unit_id AND k.team = c.team AND k.checked_on BETWEEN :first AND :last"
                + "   AND f.rectified_at IS NULL AND f.due_on < :today)"
                + " FROM community_conduct_check c LEFT JOIN community_conduct_answer a ON a.check_id = c.id"
                + " WHERE c.unit_id = :u AND c.checked_on BETWEEN :first AND :last GROUP BY c.unit_id, c.team"
                + " ORDER BY c.team").param("u", unitId).param("first", first).param("last", last)
                .param("today", today)
                .query((rs, i) -> new Conduct.TeamMonth(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
    }

    private static final String FINDINGS = "SELECT f.*, i.dimension, i.text AS item, c.checked_on"
            + " FROM community_conduct_finding f JOIN community_conduct_item i ON i.id = f.item_id"
            + " JOIN community_conduct_check c ON c.id = f.check_id";

    private static Conduct.Finding finding(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp("rectified_at");
        return new Conduct.Finding(rs.getObject("id", UUID.class), rs.getObject("check_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("team"),
                Conduct.Dimension.valueOf(rs.getString("dimension")), rs.getString("item"), rs.getString("text"),
                rs.getObject("checked_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                done == null ? null : done.toInstant(), rs.getString("rectified_by"), rs.getString("rectification"));
    }
}
