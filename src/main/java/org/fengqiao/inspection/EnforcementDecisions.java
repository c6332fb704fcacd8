package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnforcementDecisions {

    private static final String SELECT = "SELECT d.*, e.name AS enterprise_name, u.name AS unit_name "
            + "FROM enforcement_decision d JOIN enterprise e ON e.id = d.enterprise_id JOIN unit u ON u.id = d.unit_id ";

    private final JdbcClient jdbc;

    EnforcementDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID enterpriseId, UUID unitId, UUID recordId, EnforcementDecision.Kind kind,
            BigDecimal fine, String documentNumber, String summary, String legalBasis, LocalDate decidedOn,
            String majorReason, LocalDate filingDue, String by) {
        jdbc.sql("""
                INSERT INTO enforcement_decision (id, enterprise_id, unit_id, record_id, kind, fine_yuan,
                    document_number, summary, legal_basis, decided_on, major, major_reason, filing_due, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, enterpriseId, unitId, recordId, kind.name(), fine, documentNumber, summary, legalBasis,
                        decidedOn, majorReason != null, majorReason, filingDue, by).update();
    }

    boolean documentNumberTaken(String documentNumber) {
        return jdbc.sql("SELECT count(*) > 0 FROM enforcement_decision WHERE document_number = ?")
                .param(documentNumber).query(Boolean.class).single();
    }

    EnforcementDecision get(UUID id) {
        return jdbc.sql(SELECT + "WHERE d.id = ?").param(id).query(EnforcementDecisions::decision).optional()
                .orElseThrow(() -> new NotFound("decision", id));
    }

    /** Gives a major, unfiled decision the next register number. */
    String file(UUID id, long expectedVersion, String by) {
        String number = jdbc.sql("SELECT 'BA-' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' "
                + "|| lpad(nextval('enforcement_filing_serial')::text, 5, '0')").query(String.class).single();
        int changed = jdbc.sql("""
                UPDATE enforcement_decision SET filing_number = ?, filed_by = ?, filed_at = now(), version = version + 1
                WHERE id = ? AND version = ? AND major AND filing_number IS NULL""")
                .params(number, by, id, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(id, expectedVersion, get(id).version());
        }
        return number;
    }

    /**
     * Decisions decided in [from, to] on firms under one of the paths, of the given units (all when null); major
     * only when asked. Newest first.
     */
    List<EnforcementDecision> find(List<String> paths, List<UUID> units, LocalDate from, LocalDate to,
            boolean majorOnly, int limit, int offset) {
        return find(paths, units, from, to, majorOnly, null, null, limit, offset);
    }

    /** As above, also by kind and by whether the decision was filed (null: either). */
    List<EnforcementDecision> find(List<String> paths, List<UUID> units, LocalDate from, LocalDate to,
            boolean majorOnly, EnforcementDecision.Kind kind, Boolean filed, int limit, int offset) {
        if (paths.isEmpty() || (units != null && units.isEmpty())) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("WHERE d.decided_on BETWEEN :from AND :to AND (false");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("from", from);
        p.put("to", to);
        for (int i = 0; i < paths.size(); i++) {
            p.put("p" + i, paths.get(i) + "%");
            where.append(" OR e.jurisdiction_path LIKE :p").append(i);
        }
        where.append(")");
        if (units != null) {
            p.put("units", units);
            where.append(" AND d.unit_id IN (:units)");
        }
        if (majorOnly) {
            where.append(" AND d.major");
        }
        if (kind != null) {
            p.put("kind", kind.name());
            where.append(" AND d.kind = :kind");
        }
        if (filed != null) {
            where.append(filed ? " AND d.filing_number IS NOT NULL" : " AND d.filing_number IS NULL");
        }
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql(SELECT + where + " ORDER BY d.decided_on DESC, d.recorded_at DESC LIMIT :limit OFFSET :offset")
                .params(p).query(EnforcementDecisions::decision).list();
    }

    private static EnforcementDecision decision(ResultSet rs, int n) throws SQLException {
        Timestamp filedAt = rs.getTimestamp("filed_at");
        return new EnforcementDecision(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                rs.getObject("record_id", UUID.class), EnforcementDecision.Kind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("fine_yuan"), rs.getString("document_number"), rs.getString("summary"),
                rs.getString("legal_basis"), rs.getObject("decided_on", LocalDate.class), rs.getBoolean("major"),
                rs.getString("major_reason"), rs.getObject("filing_due", LocalDate.class),
                rs.getString("filing_number"), rs.getString("filed_by"), filedAt == null ? null : filedAt.toInstant(),
                rs.getString("recorded_by"), rs.getLong("version"));
    }
}
