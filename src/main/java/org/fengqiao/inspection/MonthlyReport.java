package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly inspection report (检查月报) for a place (district or town; the viewer's own by default): one row per
 * department and one for all departments together, counting inspections, joint rate, 亮码 rate, ratings, findings,
 * rectification orders, penalties and major decisions, and demands dropped by exemption or coverage, for the firms
 * inside the place; with the month's filing register of major decisions. Heads see their own departments only.
 */
@Service
class MonthlyReport {

    /** One department's month, or the whole place's when {@code unitId} is null. Rates are null without data. */
    record Row(UUID unitId, String unitName, int inspections, int joint, int scanned, int reinspections,
            int ratings, Double averageStars, int complaints, int findings, int severeFindings, int orders,
            int escalated, int penalties, BigDecimal fines, int majorDecisions, int droppedExempt,
            int droppedCovered) {

        public Double jointRate() {
            return inspections == 0 ? null : (double) joint / inspections;
        }

        public Double codeRate() {
            return inspections == 0 ? null : (double) scanned / inspections;
        }
    }

    /** The month of one place: per-department rows, the total and the register of major decisions. */
    record Report(YearMonth month, String placeCode, String placeName, List<Row> rows, Row total,
            List<EnforcementDecision> register) {
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int REGISTER_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Units units;
    private final Jurisdictions jurisdictions;
    private final EnforcementDecisions decisions;

    MonthlyReport(JdbcClient jdbc, Units units, Jurisdictions jurisdictions, EnforcementDecisions decisions) {
        this.jdbc = jdbc;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.decisions = decisions;
    }

    List<Row> of(Actor actor, YearMonth month) {
        return report(actor, month, null).rows();
    }

    Report report(Actor actor, YearMonth month, String placeCode) {
        List<String> paths = paths(actor, placeCode);
        Jurisdiction place = placeCode == null || placeCode.isBlank() ? null
                : jurisdictions.findByCode(placeCode.strip()).orElseThrow();
        Map<String, Object> p = new HashMap<>();
        p.put("from", month.atDay(1).atStartOfDay(SHANGHAI).toOffsetDateTime());
        p.put("to", month.plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toOffsetDateTime());
        p.put("fromDay", month.atDay(1));
        p.put("toDay", month.atEndOfMonth());
        StringBuilder scope = new StringBuilder("(false");
        for (int i = 0; i < paths.size(); i++) {
            p.put("p" + i, paths.get(i) + "%");
            scope.append(" OR e.jurisdiction_path LIKE :p").append(i);
        }
        scope.append(")");
        boolean all = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR);
        List<Row> rows = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        for (Unit u : units.all()) {
            if (u.kind() != UnitKind.DEPARTMENT || !(all || actor.memberOf(u.id()))) {
                continue;
            }
            seen.add(u.id());
            rows.add(row(u.id(), u.name(), List.of(u.id()), p, scope.toString()));
        }
        Row total = row(null, place == null ? null : place.name(), seen, p, scope.toString());
        List<EnforcementDecision> register = decisions.find(paths, all ? null : seen, month.atDay(1),
                month.atEndOfMonth(), true, REGISTER_LIMIT, 0);
        return new Report(month, place == null ? null : place.code(), place == null ? null : place.name(), rows, total,
                register);
    }

    /** The actor's jurisdictions, or the one asked for when it lies inside them (404 otherwise, as if unknown). */
    static List<String> paths(Actor actor, String placeCode, Jurisdictions jurisdictions) {
        if (placeCode == null || placeCode.isBlank()) {
            return actor.jurisdictionPaths();
        }
        String code = placeCode.strip();
        if (code.length() > 40) {
            throw new InvalidInput("place", "inspection.report.place");
        }
        Jurisdiction j = jurisdictions.findByCode(code).filter(x -> actor.covers(x.path()))
                .orElseThrow(() -> new NotFound("place", code));
        return List.of(j.path());
    }

    private List<String> paths(Actor actor, String placeCode) {
        return paths(actor, placeCode, jurisdictions);
    }

    private Row row(UUID unitId, String name, List<UUID> unitIds, Map<String, Object> base, String scope) {
        if (unitIds.isEmpty()) {
            return new Row(unitId, name, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0);
        }
        Map<String, Object> p = new HashMap<>(base);
        p.put("units", unitIds);
        Map<String, Object> r = one("""
                SELECT count(*) FILTER (WHERE r.order_id IS NULL) AS inspections,
                       count(*) FILTER (WHERE r.order_id IS NULL AND cardinality(pi.unit_ids) > 1) AS joint,
                       count(*) FILTER (WHERE r.order_id IS NULL AND pi.scanned_at IS NOT NULL) AS scanned,
                       count(*) FILTER (WHERE r.order_id IS NOT NULL) AS reinspections
                FROM inspection_record r JOIN enterprise e ON e.id = r.enterprise_id
                LEFT JOIN planned_inspection pi ON pi.id = r.planned_id
                WHERE r.unit_id IN (:units) AND r.started_at >= :from AND r.started_at < :to AND """ + scope, p);
        Map<String, Object> rating = one("""
                SELECT count(*) AS n, avg(x.stars)::float8 AS stars, count(x.complaint) AS complaints
                FROM inspection_rating x JOIN planned_inspection pi ON pi.id = x.planned_id
                JOIN enterprise e ON e.id = pi.enterprise_id
                WHERE pi.unit_ids && CAST(ARRAY[:units] AS uuid[]) AND x.created_at >= :from AND x.created_at < :to
                  AND """ + scope, p);
        Map<String, Object> f = one("""
                SELECT count(*) AS n, count(*) FILTER (WHERE fi.severity <> 'MINOR') AS severe
                FROM inspection_finding fi JOIN inspection_record r ON r.id = fi.record_id
                JOIN enterprise e ON e.id = fi.enterprise_id
                WHERE r.unit_id IN (:units) AND fi.created_at >= :from AND fi.created_at < :to AND """ + scope, p);
        Map<String, Object> o = one("""
                SELECT count(*) AS n, count(*) FILTER (WHERE o.status = 'ESCALATED') AS escalated
                FROM rectification_order o JOIN enterprise e ON e.id = o.enterprise_id
                WHERE o.unit_id IN (:units) AND o.issued_at >= :from AND o.issued_at < :to AND """ + scope, p);
        Map<String, Object> x = one("""
                SELECT count(*) AS n, coalesce(sum(x.fine_yuan), 0) AS fines, count(*) FILTER (WHERE x.major) AS major
                FROM enforcement_decision x JOIN enterprise e ON e.id = x.enterprise_id
                WHERE x.unit_id IN (:units) AND x.decided_on BETWEEN :fromDay AND :toDay AND """ + scope, p);
        Map<String, Object> d = one("""
                SELECT count(*) FILTER (WHERE d.drop_reason = 'EXEMPT') AS exempt,
                       count(*) FILTER (WHERE d.drop_reason = 'COVERED') AS covered
                FROM inspection_demand d JOIN enterprise e ON e.id = d.enterprise_id
                WHERE d.unit_id IN (:units) AND d.status = 'DROPPED' AND d.earliest BETWEEN :fromDay AND :toDay
                  AND """ + scope, p);
        return new Row(unitId, name, n(r, "inspections"), n(r, "joint"), n(r, "scanned"), n(r, "reinspections"),
                n(rating, "n"), (Double) rating.get("stars"), n(rating, "complaints"), n(f, "n"), n(f, "severe"),
                n(o, "n"), n(o, "escalated"), n(x, "n"), (BigDecimal) x.get("fines"), n(x, "major"), n(d, "exempt"),
                n(d, "covered"));
    }

    private Map<String, Object> one(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query().singleRow();
    }

    private static int n(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? 0 : ((Number) v).intValue();
    }
}
