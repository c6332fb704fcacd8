package org.fengqiao.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Needs {

    /** A step in a need's progress as residents see it. */
    record Step(Instant at, Need.Status status, String note) {
    }

    /** One page of needs and how many match the filter. */
    record Page(List<Need> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final Map<String, String> SORTS = Map.of("raised", "raised_at", "number", "number",
            "status", "status");

    private final JdbcClient jdbc;

    Needs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber(Instant at) {
        long n = jdbc.sql("SELECT nextval('community_need_seq')").query(Long.class).single();
        return "XQ-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(at) + "-" + String.format("%05d", n);
    }

    /** Stores a new need; false when the same message was already taken in (same source key). */
    boolean add(Need n, String lookupHash, String sourceKey) {
        return jdbc.sql("INSERT INTO community_need (id, number, lookup_hash, community_code, community_path, source,"
                + " source_key, resident_name, resident_phone, text, raised_at, status, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (community_code, source_key) DO NOTHING")
                .params(n.id(), n.number(), lookupHash, n.communityCode(), n.communityPath(), n.source().name(),
                        sourceKey, n.residentName(), n.residentPhone(), n.text(), Timestamp.from(n.raisedAt()),
                        n.status().name(), n.createdBy(), Timestamp.from(n.createdAt()))
                .update() == 1;
    }

    /** Saves a state change if nobody changed the need since it was read. */
    boolean update(Need n) {
        return jdbc.sql("UPDATE community_need SET status = ?, resource_id = ?, case_id = ?, case_number = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?")
                .params(n.status().name(), n.resourceId(), n.caseId(), n.caseNumber(), n.id(), n.version())
                .update() == 1;
    }

    void step(UUID needId, Need.Status status, String note, String by) {
        jdbc.sql("INSERT INTO community_need_step (id, need_id, status, note, by_name) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), needId, status.name(), note, by).update();
    }

    List<Step> steps(UUID needId) {
        return jdbc.sql("SELECT at, status, note FROM community_need_step WHERE need_id = ? ORDER BY at, id")
                .param(needId).query((rs, i) -> new Step(rs.getTimestamp("at").toInstant(),
                        Need.Status.valueOf(rs.getString("status")), rs.getString("note"))).list();
    }

    Optional<Need> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_need WHERE id = ?").param(id).query(Needs::row).optional();
    }

    Optional<Need> findByNumber(String number) {
        return jdbc.sql("SELECT * FROM community_need WHERE number = ?").param(number).query(Needs::row).optional();
    }

    Optional<String> lookupHash(UUID id) {
        return jdbc.sql("SELECT lookup_hash FROM community_need WHERE id = ?").param(id).query(String.class)
                .optional();
    }

    List<Need> withCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM community_need WHERE case_id = ?").param(caseId).query(Needs::row).list();
    }

    Page of(String communityCode, Need.Status status, String sort, boolean ascending, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", communityCode);
        String where = "community_code = :code";
        if (status != null) {
            p.put("status", status.name());
            where += " AND status = :status";
        }
        long total = jdbc.sql("SELECT count(*) FROM community_need WHERE " + where).params(p).query(Long.class)
                .single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        String order = SORTS.getOrDefault(sort, "raised_at") + (ascending ? " ASC" : " DESC") + ", number";
        List<Need> items = jdbc.sql("SELECT * FROM community_need WHERE " + where + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset").params(p).query(Needs::row).list();
        return new Page(items, total, page, size);
    }

    private static Need row(ResultSet rs, int i) throws SQLException {
        return new Need(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("community_code"),
                rs.getString("community_path"), Need.Source.valueOf(rs.getString("source")),
                rs.getString("resident_name"), rs.getString("resident_phone"), rs.getString("text"),
                rs.getTimestamp("raised_at").toInstant(), Need.Status.valueOf(rs.getString("status")),
                rs.getObject("resource_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }
}
