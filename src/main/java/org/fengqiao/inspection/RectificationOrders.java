package org.fengqiao.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RectificationOrders {

    private static final String SELECT = "SELECT o.*, e.name FROM rectification_order o "
            + "JOIN enterprise e ON e.id = o.enterprise_id ";

    private final JdbcClient jdbc;

    RectificationOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID recordId, UUID findingId, UUID enterpriseId, UUID unitId, String requirement,
            LocalDate deadline, UUID caseId, String caseNumber, String by) {
        jdbc.sql("""
                INSERT INTO rectification_order (id, record_id, finding_id, enterprise_id, unit_id, requirement,
                    deadline, case_id, case_number, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, recordId, findingId, enterpriseId, unitId, requirement, deadline, caseId, caseNumber, by)
                .update();
    }

    RectificationOrder get(UUID id) {
        return jdbc.sql(SELECT + "WHERE o.id = ?").param(id).query(RectificationOrders::order).optional()
                .orElseThrow(() -> new NotFound("order", id));
    }

    List<RectificationOrder> ofRecord(UUID recordId) {
        return jdbc.sql(SELECT + "WHERE o.record_id = ? ORDER BY o.issued_at").param(recordId)
                .query(RectificationOrders::order).list();
    }

    /** Orders of these units: open ones first by deadline, then the rest newest first. */
    List<RectificationOrder> ofUnits(List<UUID> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                WHERE o.unit_id IN (:units)
                ORDER BY (o.status = 'OPEN') DESC, CASE WHEN o.status = 'OPEN' THEN o.deadline END,
                    o.issued_at DESC LIMIT :limit""").param("units", units).param("limit", limit)
                .query(RectificationOrders::order).list();
    }

    /** Open orders whose deadline passed before {@code today}. */
    List<RectificationOrder> overdue(LocalDate today) {
        return jdbc.sql(SELECT + "WHERE o.status = 'OPEN' AND o.deadline < ? ORDER BY o.deadline").param(today)
                .query(RectificationOrders::order).list();
    }

    void conclude(UUID id, long expectedVersion, RectificationOrder.Status status, String note) {
        int changed = jdbc.sql("""
                UPDATE rectification_order SET status = ?, outcome_note = ?, version = version + 1,
                    closed_at = CASE WHEN ? = 'CLOSED' THEN now() END
                WHERE id = ? AND version = ? AND status <> 'CLOSED'""")
                .params(status.name(), note, status.name(), id, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(id, expectedVersion, get(id).version());
        }
    }

    private static RectificationOrder order(ResultSet rs, int n) throws SQLException {
        return new RectificationOrder(rs.getObject("id", UUID.class), rs.getObject("record_id", UUID.class),
                rs.getObject("finding_id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), rs.getObject("unit_id", UUID.class), rs.getString("requirement"),
                rs.getObject("deadline", LocalDate.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), RectificationOrder.Status.valueOf(rs.getString("status")),
                rs.getString("outcome_note"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
                rs.getLong("version"));
    }
}
