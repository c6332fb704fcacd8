package org.fengqiao.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts and the commands sent from them, each with one receipt per unit. */
@Repository
class Alerts {

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the alert with a receipt per unit; false (and nothing stored) when {@code sourceRef} is not null and an
     * alert from that source exists already.
     */
    boolean insert(UUID id, UUID enterpriseId, String source, String sourceRef, String title, String detail,
            String by, Collection<UUID> units) {
        boolean inserted = jdbc.sql("""
                INSERT INTO inspection_alert (id, enterprise_id, source, source_ref, title, detail, raised_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO NOTHING""")
                .params(id, enterpriseId, source, sourceRef, title, detail, by).update() == 1;
        if (inserted) {
            for (UUID u : units) {
                jdbc.sql("INSERT INTO inspection_alert_unit (alert_id, unit_id) VALUES (?, ?)").params(id, u).update();
            }
        }
        return inserted;
    }

    /** The alert raised from this source, if any. */
    java.util.Optional<UUID> bySource(String sourceRef) {
        return jdbc.sql("SELECT id FROM inspection_alert WHERE source_ref = ?").param(sourceRef).query(UUID.class)
                .optional();
    }

    InspectionAlert get(UUID id) {
        return jdbc.sql("""
                SELECT a.*, e.name FROM inspection_alert a JOIN enterprise e ON e.id = a.enterprise_id
                WHERE a.id = ?""").param(id).query((rs, n) -> new InspectionAlert(rs.getObject("id", UUID.class),
                rs.getObject("enterprise_id", UUID.class), rs.getString("name"), rs.getString("source"),
                rs.getString("title"), rs.getString("detail"), rs.getString("raised_by"),
                rs.getTimestamp("raised_at").toInstant(), receipts("inspection_alert_unit", "alert_id", id)))
                .optional().orElseThrow(() -> new NotFound("alert", id));
    }

    /** Alerts on firms under the paths (all units' alerts), or reaching one of the units; newest first. */
    List<UUID> visible(List<String> paths, Collection<UUID> units, int limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder("(false");
        for (int i = 0; i < paths.size(); i++) {
            p.put("p" + i, paths.get(i) + "%");
            where.append(" OR e.jurisdiction_path LIKE :p").append(i);
        }
        if (!units.isEmpty()) {
            p.put("units", units);
            where.append(" OR EXISTS (SELECT 1 FROM inspection_alert_unit x WHERE x.alert_id = a.id "
                    + "AND x.unit_id IN (:units))");
        }
        where.append(")");
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql("SELECT a.id FROM inspection_alert a JOIN enterprise e ON e.id = a.enterprise_id WHERE "
                + where + " ORDER BY a.raised_at DESC, a.id LIMIT :limit OFFSET :offset").params(p)
                .query(UUID.class).list();
    }

    /** True when this unit's receipt was open and is now acknowledged. */
    boolean acknowledgeAlert(UUID alertId, UUID unitId, String by) {
        return jdbc.sql("""
                UPDATE inspection_alert_unit SET acknowledged_at = now(), acknowledged_by = ?
                WHERE alert_id = ? AND unit_id = ? AND acknowledged_at IS NULL""").params(by, alertId, unitId)
                .update() == 1;
    }

    /** Stores the command with a receipt per unit and, when {@code firm} is not null, one for the firm. */
    void insertCommand(UUID id, UUID alertId, String text, String by, Instant issued, Instant due,
            Collection<UUID> units, UUID firm) {
        jdbc.sql("INSERT INTO inspection_command (id, alert_id, text, issued_by, issued_at, due_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(id, alertId, text, by, Timestamp.from(issued),
                        Timestamp.from(due)).update();
        for (UUID u : units) {
            jdbc.sql("INSERT INTO inspection_command_unit (command_id, unit_id) VALUES (?, ?)").params(id, u).update();
        }
        if (firm != null) {
            jdbc.sql("INSERT INTO inspection_command_firm (command_id, enterprise_id) VALUES (?, ?)").params(id, firm)
                    .update();
        }
    }

    /** Commands to these firms, newest first. */
    List<InspectionCommand> commandsToFirms(Collection<UUID> firms, int limit, int offset) {
        if (firms.isEmpty()) {
            return List.of();
        }
        List<InspectionCommand> out = new ArrayList<>();
        jdbc.sql("""
                SELECT c.id FROM inspection_command c JOIN inspection_command_firm f ON f.command_id = c.id
                WHERE f.enterprise_id IN (:firms) ORDER BY c.issued_at DESC, c.id LIMIT :limit OFFSET :offset""")
                .param("firms", firms).param("limit", limit).param("offset", offset).query(UUID.class).list()
                .forEach(id -> out.add(command(id)));
        return out;
    }

    /** True when the firm's receipt was open and is now acknowledged. */
    boolean acknowledgeByFirm(UUID commandId, String by, String note) {
        return jdbc.sql("""
                UPDATE inspection_command_firm SET acknowledged_at = now(), acknowledged_by = ?, note = ?
                WHERE command_id = ? AND acknowledged_at IS NULL""").params(by, note, commandId).update() == 1;
    }

    InspectionCommand command(UUID id) {
        return jdbc.sql("SELECT * FROM inspection_command WHERE id = ?").param(id).query((rs, n) -> {
            Timestamp escalated = rs.getTimestamp("escalated_at");
            return new InspectionCommand(id, rs.getObject("alert_id", UUID.class), rs.getString("text"),
                    rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
                    rs.getTimestamp("due_at").toInstant(), escalated == null ? null : escalated.toInstant(),
                    receipts("inspection_command_unit", "command_id", id), firmReceipt(id));
        }).optional().orElseThrow(() -> new NotFound("command", id));
    }

    List<InspectionCommand> commandsOf(UUID alertId) {
        List<InspectionCommand> out = new ArrayList<>();
        jdbc.sql("SELECT id FROM inspection_command WHERE alert_id = ? ORDER BY issued_at DESC").param(alertId)
                .query(UUID.class).list().forEach(id -> out.add(command(id)));
        return out;
    }

    boolean acknowledgeCommand(UUID commandId, UUID unitId, String by, String note) {
        return jdbc.sql("""
                UPDATE inspection_command_unit SET acknowledged_at = now(), acknowledged_by = ?, note = ?
                WHERE command_id = ? AND unit_id = ? AND acknowledged_at IS NULL""")
                .params(by, note, commandId, unitId).update() == 1;
    }

    /** Marks the command escalated; false when it already was (another instance, a retry). */
    boolean claimEscalation(UUID commandId) {
        return jdbc.sql("UPDATE inspection_command SET escalated_at = now() WHERE id = ? AND escalated_at IS NULL")
                .param(commandId).update() == 1;
    }

    private InspectionCommand.FirmReceipt firmReceipt(UUID commandId) {
        return jdbc.sql("""
                SELECT f.*, e.name FROM inspection_command_firm f JOIN enterprise e ON e.id = f.enterprise_id
                WHERE f.command_id = ?""").param(commandId).query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("acknowledged_at");
                    return new InspectionCommand.FirmReceipt(rs.getObject("enterprise_id", UUID.class),
                            rs.getString("name"), at == null ? null : at.toInstant(), rs.getString("acknowledged_by"),
                            rs.getString("note"));
                }).optional().orElse(null);
    }

    private List<InspectionAlert.Receipt> receipts(String table, String key, UUID id) {
        boolean command = table.equals("inspection_command_unit");
        return jdbc.sql("SELECT r.*, u.name FROM " + table + " r JOIN unit u ON u.id = r.unit_id WHERE r." + key
                + " = ? ORDER BY (r.acknowledged_at IS NULL) DESC, u.code").param(id).query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("acknowledged_at");
                    return new InspectionAlert.Receipt(rs.getObject("unit_id", UUID.class), rs.getString("name"),
                            at == null ? null : at.toInstant(), rs.getString("acknowledged_by"),
                            command ? rs.getString("note") : null);
                }).list();
    }
}
