package org.fengqiao.inspection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JointPlans {

    private final JdbcClient jdbc;

    JointPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID townId, String townPath, LocalDate weekStart, String summary, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inspection_plan (id, town_id, town_path, week_start, status, summary, created_by)
                VALUES (?, ?, ?, ?, 'DRAFT', ?, ?)""").params(id, townId, townPath, weekStart, summary, by).update();
        return id;
    }

    void addVisit(UUID planId, UUID enterpriseId, LocalDate date, List<UUID> units, List<UUID> demands) {
        jdbc.sql("""
                INSERT INTO planned_inspection (id, plan_id, enterprise_id, visit_date, unit_ids, demand_ids)
                VALUES (?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), planId, enterpriseId, date,
                units.toArray(UUID[]::new), demands.toArray(UUID[]::new)).update();
    }

    void addLeftover(UUID planId, UUID demandId, String reason) {
        jdbc.sql("INSERT INTO inspection_plan_leftover (plan_id, demand_id, reason) VALUES (?, ?, ?)")
                .params(planId, demandId, reason).update();
    }

    JointPlan get(UUID id) {
        return jdbc.sql("SELECT * FROM inspection_plan WHERE id = ?").param(id).query(JointPlans::plan).optional()
                .orElseThrow(() -> new NotFound("plan", id));
    }

    List<JointPlan> recent(List<String> paths) {
        String scope = paths.isEmpty() ? "false" : String.join(" OR ",
                paths.stream().map(p -> "town_path LIKE ?").toList());
        return jdbc.sql("SELECT * FROM inspection_plan WHERE " + scope + " ORDER BY week_start DESC, created_at DESC "
                + "LIMIT 50").params(paths.stream().map(p -> (Object) (p + "%")).toList()).query(JointPlans::plan).list();
    }

    List<PlannedInspection> visits(UUID planId) {
        return jdbc.sql("""
                SELECT pi.*, e.name FROM planned_inspection pi JOIN enterprise e ON e.id = pi.enterprise_id
                WHERE plan_id = ? ORDER BY visit_date, e.name""").param(planId).query(JointPlans::visit).list();
    }

    Optional<PlannedInspection> visit(UUID visitId) {
        return jdbc.sql("""
                SELECT pi.*, e.name FROM planned_inspection pi JOIN enterprise e ON e.id = pi.enterprise_id
                WHERE pi.id = ?""").param(visitId).query(JointPlans::visit).optional();
    }

    List<Map<String, Object>> leftovers(UUID planId) {
        return jdbc.sql("""
                SELECT l.reason, d.kind, d.earliest, d.latest, e.name AS enterprise, d.unit_id
                FROM inspection_plan_leftover l JOIN inspection_demand d ON d.id = l.demand_id
                JOIN enterprise e ON e.id = d.enterprise_id WHERE l.plan_id = ? ORDER BY l.reason, e.name""")
                .param(planId).query().listOfRows();
    }

    /** Published visits in which one of the units takes part, from a date on. */
    List<PlannedInspection> tasksOf(List<UUID> units, LocalDate from) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT pi.*, e.name FROM planned_inspection pi JOIN enterprise e ON e.id = pi.enterprise_id
                JOIN inspection_plan p ON p.id = pi.plan_id
                WHERE p.status = 'PUBLISHED' AND pi.unit_ids && ? AND pi.visit_date >= ?
                ORDER BY pi.visit_date, e.name LIMIT 200""").params(units.toArray(UUID[]::new), from)
                .query(JointPlans::visit).list();
    }

    void moveVisit(UUID visitId, LocalDate date) {
        jdbc.sql("UPDATE planned_inspection SET visit_date = ? WHERE id = ?").params(date, visitId).update();
    }

    void touch(UUID planId, long expectedVersion) {
        int changed = jdbc.sql("UPDATE inspection_plan SET version = version + 1 WHERE id = ? AND version = ?")
                .params(planId, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(planId, expectedVersion, get(planId).version());
        }
    }

    void publish(UUID planId, long expectedVersion, String by) {
        int changed = jdbc.sql("""
                UPDATE inspection_plan SET status = 'PUBLISHED', published_by = ?, published_at = now(),
                    version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(by, planId, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(planId, expectedVersion, get(planId).version());
        }
        jdbc.sql("""
                UPDATE inspection_demand SET status = 'PLANNED', plan_id = ?
                WHERE id IN (SELECT unnest(demand_ids) FROM planned_inspection WHERE plan_id = ?)""")
                .params(planId, planId).update();
        jdbc.sql("""
                UPDATE inspection_demand d SET status = 'DROPPED', drop_reason = l.reason, plan_id = l.plan_id
                FROM inspection_plan_leftover l
                WHERE l.plan_id = ? AND l.demand_id = d.id AND l.reason IN ('EXEMPT', 'COVERED')""")
                .param(planId).update();
    }

    private static JointPlan plan(ResultSet rs, int n) throws SQLException {
        return new JointPlan(rs.getObject("id", UUID.class), rs.getObject("town_id", UUID.class),
                rs.getString("town_path"), rs.getObject("week_start", LocalDate.class), rs.getString("status"),
                rs.getString("summary"), rs.getString("created_by"), rs.getString("published_by"),
                rs.getLong("version"));
    }

    private static PlannedInspection visit(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp scanned = rs.getTimestamp("scanned_at");
        return new PlannedInspection(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class), rs.getString("name"),
                rs.getObject("visit_date", LocalDate.class), uuids(rs.getArray("unit_ids")),
                uuids(rs.getArray("demand_ids")), scanned == null ? null : scanned.toInstant());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }
}
