package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overdue ledger (逾期台账): cases whose lead unit is past the resolve limit and still working (not paused),
 * per unit and one by one, inside the actor's scope.
 */
@Component
class OverdueLedger {

    /** One overdue case. */
    record Entry(UUID id, String number, String title, String unitCode, String unitName, CaseStatus status,
            Urgency urgency, boolean fastTrack, Instant dueAt, Duration overdueBy) {

        public long overdueHours() {
            return overdueBy.toHours();
        }
    }

    /** Overdue cases of one unit. */
    record UnitCount(String unitCode, String unitName, long count) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;

    OverdueLedger(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    List<UnitCount> perUnit(Actor actor, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, now, null, params);
        return jdbc.sql("SELECT u.code, u.name, count(*) AS n " + FROM + where
                        + " GROUP BY u.code, u.name ORDER BY n DESC, u.code")
                .params(params)
                .query((rs, i) -> new UnitCount(rs.getString("code"), rs.getString("name"), rs.getLong("n"))).list();
    }

    /** The overdue cases, longest overdue first; {@code limit} 0 means all (for exports). */
    List<Entry> entries(Actor actor, Instant now, String unitCode, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, now, unitCode, params);
        params.put("offset", offset);
        String sql = "SELECT c.id, c.number, c.title, c.status, c.due_at, u.code, u.name, k.urgency, k.fast_track "
                + FROM + where + " ORDER BY c.due_at, c.number OFFSET :offset" + (limit > 0 ? " LIMIT " + limit : "");
        return jdbc.sql(sql).params(params)
                .query((rs, i) -> {
                    Instant due = Cases.instant(rs.getTimestamp("due_at"));
                    return new Entry(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
                            rs.getString("code"), rs.getString("name"), CaseStatus.valueOf(rs.getString("status")),
                            Urgency.valueOf(rs.getString("urgency")), rs.getBoolean("fast_track"), due,
                            Duration.between(due, now));
                })
                .list();
    }

    long count(Actor actor, Instant now, String unitCode) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, now, unitCode, params);
        return jdbc.sql("SELECT count(*) " + FROM + where).params(params).query(Long.class).single();
    }

    private static final String FROM = """
            FROM cases c JOIN case_clock k ON k.case_id = c.id JOIN unit u ON u.id = c.lead_unit_id
            WHERE """;

    private String where(Actor actor, Instant now, String unitCode, Map<String, Object> params) {
        String scope = CaseSearch.scope(access.scopeOf(actor), params);
        params.put("now", Cases.ts(now));
        params.put("working", TimeLimits.UNIT_WORKING.stream().map(Enum::name).toList());
        String sql = " c.status IN (:working) AND k.paused_since IS NULL AND c.due_at < :now AND " + scope;
        if (unitCode != null && !unitCode.isBlank()) {
            params.put("unit", unitCode.strip());
            sql += " AND u.code = :unit";
        }
        return sql;
    }
}
