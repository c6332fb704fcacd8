package org.fengqiao.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The 问题化解白名单: the cases triaged since a date, grouped by theme (category), the industry of the enterprise
 * that raised them (empty for residents and unregistered firms) and place (town or street) into checklists. Each case is an item that is ticked off (销号) when the case closes, so a list's progress is
 * its closed share; progress per jurisdiction adds up the lists of a town.
 */
@Repository
class Checklists {

    /** The town or street of a jurisdiction path: its first two segments ({@code /D01/T01/}). */
    static final String PLACE = "coalesce(substring(jurisdiction_path from '^/[^/]+/[^/]+/'), jurisdiction_path)";

    record Checklist(String category, String industry, String place, long items, long closed) {

        public int percent() {
            return items == 0 ? 100 : (int) (closed * 100 / items);
        }
    }

    record Item(UUID caseId, String number, String title, String jurisdictionPath, Instant submittedAt,
            boolean open, Instant closedAt) {
    }

    record Progress(String place, long lists, long items, long closed) {

        public int percent() {
            return items == 0 ? 100 : (int) (closed * 100 / items);
        }
    }

    private final JdbcClient jdbc;

    Checklists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The industry code of a case, empty when the case names no registered enterprise. */
    static final String INDUSTRY = "coalesce(industry, '')";

    /** The lists inside the paths (of one industry only, when given), least finished first. */
    List<Checklist> lists(List<String> paths, Instant since, String industry) {
        Where w = where(paths, since);
        String only = "";
        if (industry != null && !industry.isBlank()) {
            only = " AND " + INDUSTRY + " = :industry";
            w.params().put("industry", industry.strip());
        }
        return jdbc.sql("SELECT category, " + INDUSTRY + " AS industry, " + PLACE + " AS place, count(*) AS items,"
                + " count(*) FILTER (WHERE NOT open) AS closed FROM triage_case WHERE " + w.sql() + only
                + " GROUP BY 1, 2, 3"
                + " ORDER BY count(*) FILTER (WHERE NOT open)::float / count(*), count(*) DESC, 1, 2, 3")
                .params(w.params())
                .query((rs, i) -> new Checklist(rs.getString("category"), rs.getString("industry"),
                        rs.getString("place"), rs.getLong("items"), rs.getLong("closed")))
                .list();
    }

    /** The items of one list (industry empty: cases without a registered enterprise), open ones first. */
    List<Item> items(List<String> paths, Instant since, String category, String industry, String place) {
        Where w = where(paths, since);
        w.params().put("category", category);
        w.params().put("industry", industry == null ? "" : industry.strip());
        w.params().put("place", place);
        return jdbc.sql("SELECT * FROM triage_case WHERE " + w.sql() + " AND category = :category AND " + INDUSTRY
                + " = :industry AND " + PLACE + " = :place ORDER BY open DESC, submitted_at").params(w.params())
                .query((rs, i) -> new Item(rs.getObject("case_id", UUID.class), rs.getString("number"),
                        rs.getString("title"), rs.getString("jurisdiction_path"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("open"),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()))
                .list();
    }

    /** Progress of all lists of each town or street. */
    List<Progress> byPlace(List<String> paths, Instant since) {
        Where w = where(paths, since);
        return jdbc.sql("SELECT " + PLACE + " AS place, count(DISTINCT (category, " + INDUSTRY + ")) AS lists,"
                + " count(*) AS items,"
                + " count(*) FILTER (WHERE NOT open) AS closed FROM triage_case WHERE " + w.sql()
                + " GROUP BY 1 ORDER BY 1").params(w.params())
                .query((rs, i) -> new Progress(rs.getString("place"), rs.getLong("lists"), rs.getLong("items"),
                        rs.getLong("closed")))
                .list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(List<String> paths, Instant since) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("since", Timestamp.from(since));
        return new Where("submitted_at >= :since AND " + TriagedCases.inside(paths, p), p);
    }
}
