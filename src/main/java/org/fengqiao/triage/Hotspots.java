package org.fengqiao.triage;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Categories and places rising week over week: cases submitted in the last seven days against the seven days
 * before, inside the actor's jurisdictions. A rise counts when this week has at least {@link #MINIMUM} cases and
 * more than last week, so that one case more than nothing is not a hotspot.
 */
@Repository
class Hotspots {

    static final int MINIMUM = 3;
    static final int TOP = 5;
    static final Duration WEEK = Duration.ofDays(7);

    /** The community (or town, for cases placed there) of a jurisdiction path. */
    static final String PLACE = "coalesce(substring(jurisdiction_path from '^/[^/]+/[^/]+/[^/]+/'), jurisdiction_path)";

    record Rise(String key, long thisWeek, long lastWeek) {

        public long increase() {
            return thisWeek - lastWeek;
        }

        /** Percent over last week; null when last week had none. */
        public Long percent() {
            return lastWeek == 0 ? null : (thisWeek - lastWeek) * 100 / lastWeek;
        }
    }

    private final JdbcClient jdbc;

    Hotspots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rise> categories(List<String> paths, Instant now) {
        return rising("category", paths, now);
    }

    List<Rise> places(List<String> paths, Instant now) {
        return rising(PLACE, paths, now);
    }

    private List<Rise> rising(String key, List<String> paths, Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("week", Timestamp.from(now.minus(WEEK)));
        p.put("fortnight", Timestamp.from(now.minus(WEEK.multipliedBy(2))));
        p.put("now", Timestamp.from(now));
        p.put("minimum", MINIMUM);
        p.put("top", TOP);
        return jdbc.sql("SELECT key, this_week, last_week FROM (SELECT " + key + " AS key,"
                + " count(*) FILTER (WHERE submitted_at >= :week) AS this_week,"
                + " count(*) FILTER (WHERE submitted_at < :week) AS last_week FROM triage_case"
                + " WHERE submitted_at >= :fortnight AND submitted_at <= :now AND " + TriagedCases.inside(paths, p)
                + " GROUP BY 1) t WHERE this_week >= :minimum AND this_week > last_week"
                + " ORDER BY this_week - last_week DESC, key LIMIT :top").params(p)
                .query((rs, i) -> new Rise(rs.getString("key"), rs.getLong("this_week"), rs.getLong("last_week")))
                .list();
    }
}
