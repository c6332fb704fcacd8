package org.fengqiao.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Stewards {

    private final JdbcClient jdbc;

    Stewards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Steward s, String communityPath) {
        jdbc.sql("INSERT INTO community_steward (id, community_code, community_path, name, phone, type, recruitment,"
                + " recommended_by, topics, grids, status, proposed_by, created_at) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.communityCode(), communityPath, s.name(), s.phone(), s.type().name(),
                        s.recruitment().name(), s.recommendedBy(), String.join(",", s.topics()),
                        String.join(",", s.grids()), s.status().name(), s.proposedBy(),
                        Timestamp.from(s.createdAt()))
                .update();
    }

    /** Records the decision if nobody decided or changed it since {@code version}; false otherwise. */
    boolean decide(UUID id, long version, Steward.Status status, String by, String note) {
        return jdbc.sql("UPDATE community_steward SET status = ?, decided_by = ?, decided_at = now(),"
                + " decision_note = ?, version = version + 1 WHERE id = ? AND version = ? AND status = 'PENDING'")
                .params(status.name(), by, note, id, version).update() == 1;
    }

    Optional<Steward> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_steward WHERE id = ?").param(id).query(Stewards::row).optional();
    }

    List<Steward> of(String communityCode, Steward.Status status) {
        return jdbc.sql("SELECT * FROM community_steward WHERE community_code = ?"
                + " AND (CAST(? AS text) IS NULL OR status = ?) ORDER BY status DESC, type, name")
                .params(communityCode, status == null ? null : status.name(), status == null ? null : status.name())
                .query(Stewards::row).list();
    }

    boolean exists(String communityCode, String phone, Steward.Type type) {
        return jdbc.sql("SELECT count(*) > 0 FROM community_steward WHERE community_code = ? AND phone = ?"
                + " AND type = ? AND status <> 'REJECTED'").params(communityCode, phone, type.name())
                .query(Boolean.class).single();
    }

    private static Steward row(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Steward(rs.getObject("id", UUID.class), rs.getString("community_code"), rs.getString("name"),
                rs.getString("phone"), Steward.Type.valueOf(rs.getString("type")),
                Steward.Recruitment.valueOf(rs.getString("recruitment")), rs.getString("recommended_by"),
                split(rs.getString("topics")), split(rs.getString("grids")),
                Steward.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
