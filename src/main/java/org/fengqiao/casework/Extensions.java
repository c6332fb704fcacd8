package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.instant;
import static org.fengqiao.casework.Cases.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for more time (延期) and the unit head's decisions on them. */
@Repository
class Extensions {

    enum Decision { PENDING, APPROVED, REFUSED }

    /** One request; {@code amount} is in the resolve limit's amount unit (days for working-day limits). */
    record Extension(UUID id, UUID caseId, int amount, String reason, String requestedBy, Instant requestedAt,
            Decision decision, String decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    Extensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Extension e) {
        jdbc.sql("""
                INSERT INTO case_extension (id, case_id, amount, reason, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.caseId(), e.amount(), e.reason(), e.requestedBy(), ts(e.requestedAt())).update();
    }

    /** Records a decision on a pending request; false when it was decided meanwhile. */
    boolean decide(UUID id, Decision decision, String by, Instant at) {
        return jdbc.sql("""
                UPDATE case_extension SET decision = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND decision = 'PENDING'""")
                .params(decision.name(), by, ts(at), id).update() == 1;
    }

    Optional<Extension> find(UUID id) {
        return jdbc.sql("SELECT * FROM case_extension WHERE id = ?").param(id).query(this::row).optional();
    }

    List<Extension> of(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_extension WHERE case_id = ? ORDER BY requested_at").param(caseId)
                .query(this::row).list();
    }

    /** Approved amounts decided since the given moment (the current assignment). */
    int approvedSince(UUID caseId, Instant since) {
        return jdbc.sql("""
                SELECT COALESCE(sum(amount), 0) FROM case_extension
                WHERE case_id = ? AND decision = 'APPROVED' AND decided_at >= ?""")
                .params(caseId, ts(since)).query(Integer.class).single();
    }

    private Extension row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Extension(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getInt("amount"),
                rs.getString("reason"), rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")),
                Decision.valueOf(rs.getString("decision")), rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")));
    }
}
