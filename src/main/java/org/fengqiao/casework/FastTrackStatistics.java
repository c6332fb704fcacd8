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
 * Statistics of fast-tracked (快响) cases that were resolved: how long they took, what the normal (not fast-track)
 * resolve limit would have allowed from the same start, and the time saved against it.
 */
@Component
class FastTrackStatistics {

    /** Totals; hours rounded to one decimal place by the page. */
    record Summary(long fastTracked, long resolved, double averageHours, double averageNormalLimitHours,
            double averageSavedHours, int savedPercent) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final TimeLimitPolicies policies;
    private final WorkTime time;

    FastTrackStatistics(JdbcClient jdbc, CaseAccess access, TimeLimitPolicies policies, WorkTime time) {
        this.jdbc = jdbc;
        this.access = access;
        this.policies = policies;
        this.time = time;
    }

    Summary of(Actor actor) {
        Map<String, Object> params = new LinkedHashMap<>();
        String scope = CaseSearch.scope(access.scopeOf(actor), params);
        long all = jdbc.sql("SELECT count(*) FROM cases c JOIN case_clock k ON k.case_id = c.id WHERE k.fast_track AND "
                + scope).params(params).query(Long.class).single();
        record Done(Category category, Urgency urgency, UUID unit, Instant start, Instant resolved) {
        }
        List<Done> done = jdbc.sql("""
                SELECT c.category, k.urgency, k.unit_id, k.assigned_at, k.resolved_at FROM cases c
                JOIN case_clock k ON k.case_id = c.id
                WHERE k.fast_track AND k.resolved_at IS NOT NULL AND k.assigned_at IS NOT NULL AND """ + scope
                + " ORDER BY k.resolved_at DESC LIMIT 10000")
                .params(params)
                .query((rs, i) -> new Done(Category.valueOf(rs.getString(1)), Urgency.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), Cases.instant(rs.getTimestamp(4)), Cases.instant(rs.getTimestamp(5))))
                .list();
        if (done.isEmpty()) {
            return new Summary(all, 0, 0, 0, 0, 0);
        }
        long took = 0;
        long normal = 0;
        for (Done d : done) {
            Limit limit = policies.forCase(d.category(), d.urgency(), false).limit(Phase.RESOLVE);
            Instant normalDue = DeadlineClock.due(d.start(), limit, List.of(), 0, d.start(), d.unit(), time);
            took += Duration.between(d.start(), d.resolved()).toMinutes();
            normal += Duration.between(d.start(), normalDue).toMinutes();
        }
        double n = done.size();
        return new Summary(all, done.size(), took / n / 60, normal / n / 60, (normal - took) / n / 60,
                normal == 0 ? 0 : (int) Math.round(100.0 * (normal - took) / normal));
    }
}
