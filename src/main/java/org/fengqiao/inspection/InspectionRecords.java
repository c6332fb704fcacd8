package org.fengqiao.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InspectionRecords {

    private final JdbcClient jdbc;

    InspectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID enterpriseId, UUID unitId, UUID plannedId, UUID orderId, String inspector,
            String inspectorName, List<InspectionRecord.FormUsed> forms) {
        jdbc.sql("""
                INSERT INTO inspection_record (id, enterprise_id, unit_id, planned_id, order_id, inspector,
                    inspector_name) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, enterpriseId, unitId, plannedId, orderId, inspector, inspectorName).update();
        for (InspectionRecord.FormUsed f : forms) {
            jdbc.sql("INSERT INTO inspection_record_form (record_id, form_id, form_version) VALUES (?, ?, ?)")
                    .params(id, f.formId(), f.number()).update();
        }
    }

    InspectionRecord get(UUID id) {
        return jdbc.sql("""
                SELECT r.*, e.name FROM inspection_record r JOIN enterprise e ON e.id = r.enterprise_id
                WHERE r.id = ?""").param(id).query(this::record).optional()
                .orElseThrow(() -> new NotFound("record", id));
    }

    /** Records of these units, newest first. */
    List<InspectionRecord> ofUnits(List<UUID> units, int limit, int offset) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.*, e.name FROM inspection_record r JOIN enterprise e ON e.id = r.enterprise_id
                WHERE r.unit_id IN (:units) ORDER BY r.started_at DESC LIMIT :limit OFFSET :offset""")
                .param("units", units).param("limit", limit).param("offset", offset).query(this::record).list();
    }

    /**
     * Of these records, the inspections made without the firm scanning a code (亮码): no planned visit, or its code
     * never scanned. Re-inspections are not counted.
     */
    java.util.Set<UUID> withoutScannedCode(List<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                SELECT r.id FROM inspection_record r LEFT JOIN planned_inspection pi ON pi.id = r.planned_id
                WHERE r.id IN (:ids) AND r.order_id IS NULL AND pi.scanned_at IS NULL""")
                .param("ids", recordIds).query(UUID.class).list());
    }

    void touch(UUID id, long expectedVersion) {
        int changed = jdbc.sql("UPDATE inspection_record SET version = version + 1 WHERE id = ? AND version = ? "
                + "AND finished_at IS NULL").params(id, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(id, expectedVersion, get(id).version());
        }
    }

    void answer(UUID recordId, UUID itemId, String answer) {
        jdbc.sql("""
                INSERT INTO inspection_answer (record_id, item_id, answer) VALUES (?, ?, ?)
                ON CONFLICT (record_id, item_id) DO UPDATE SET answer = EXCLUDED.answer""")
                .params(recordId, itemId, answer).update();
    }

    Map<UUID, String> answers(UUID recordId) {
        return jdbc.sql("SELECT item_id, answer FROM inspection_answer WHERE record_id = ?").param(recordId)
                .query((rs, n) -> Map.entry(rs.getObject("item_id", UUID.class), rs.getString("answer"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void addFinding(UUID id, UUID recordId, UUID enterpriseId, UUID itemId, Finding.Severity severity, String note,
            String photoName, String photoType, byte[] photo) {
        jdbc.sql("""
                INSERT INTO inspection_finding (id, record_id, enterprise_id, item_id, severity, note, photo_name,
                    photo_type, photo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, recordId, enterpriseId, itemId, severity.name(), note, photoName, photoType, photo)
                .update();
    }

    List<Finding> findings(UUID recordId) {
        return jdbc.sql("SELECT * FROM inspection_finding WHERE record_id = ? ORDER BY created_at").param(recordId)
                .query((rs, n) -> new Finding(rs.getObject("id", UUID.class), recordId,
                        rs.getObject("item_id", UUID.class), Finding.Severity.valueOf(rs.getString("severity")),
                        rs.getString("note"), rs.getString("photo_name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The photo of a finding: media type and bytes. */
    Optional<Map.Entry<String, byte[]>> photo(UUID findingId) {
        return jdbc.sql("SELECT photo_type, photo FROM inspection_finding WHERE id = ? AND photo IS NOT NULL")
                .param(findingId).query((rs, n) -> Map.entry(rs.getString("photo_type"), rs.getBytes("photo")))
                .optional();
    }

    UUID recordOfFinding(UUID findingId) {
        return jdbc.sql("SELECT record_id FROM inspection_finding WHERE id = ?").param(findingId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFound("finding", findingId));
    }

    void finish(UUID id, long expectedVersion, String note) {
        int changed = jdbc.sql("""
                UPDATE inspection_record SET finished_at = now(), note = ?, version = version + 1
                WHERE id = ? AND version = ? AND finished_at IS NULL""").params(note, id, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(id, expectedVersion, get(id).version());
        }
    }

    private InspectionRecord record(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        java.sql.Timestamp finished = rs.getTimestamp("finished_at");
        return new InspectionRecord(id, rs.getObject("enterprise_id", UUID.class), rs.getString("name"),
                rs.getObject("unit_id", UUID.class), rs.getObject("planned_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("inspector"), rs.getString("inspector_name"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("note"), rs.getLong("version"), forms(id));
    }

    private List<InspectionRecord.FormUsed> forms(UUID recordId) {
        return jdbc.sql("""
                SELECT rf.form_id, rf.form_version FROM inspection_record_form rf JOIN check_form f ON f.id = rf.form_id
                WHERE rf.record_id = ? ORDER BY f.kind DESC, f.code""").param(recordId)
                .query((rs, n) -> new InspectionRecord.FormUsed(rs.getObject("form_id", UUID.class),
                        rs.getInt("form_version"))).list();
    }
}
