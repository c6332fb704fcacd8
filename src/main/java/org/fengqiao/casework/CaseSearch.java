package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists of cases for an actor: always inside the actor's scope (see {@link CaseAccess}), then filtered by status,
 * unit, category and text, sorted and paged. Every value is a bound parameter.
 */
@Component
class CaseSearch {

    /** Sort keys people may pick; anything else falls back to newest first. */
    static final Map<String, String> SORTS = Map.of("created", "c.created_at", "updated", "c.updated_at", "due",
            "c.due_at", "number", "c.number", "status", "c.status");

    /** A filter as given; null or empty fields do not filter. */
    record Query(Set<CaseStatus> statuses, UUID unitId, Category category, String text, boolean dueSoon,
            UUID visitId, String sort, boolean ascending, int page, int size) {

        Query {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            page = Math.max(0, page);
            size = Math.min(100, Math.max(1, size));
        }
    }

    /** One line of a list. */
    record Row(UUID id, String number, CaseKind kind, String title, Category category, CaseStatus status,
            String jurisdictionPath, String jurisdictionName, String leadUnitName, String reporterName,
            String reporterPhone, String enterpriseName, ClosureKind closureKind, Integer returnCount, Instant createdAt,
            Instant updatedAt, Instant dueAt, long version, Instant warnAt, boolean paused) {

        /** The badge of the running clock: red when overdue, yellow from 80% used, paused, or null. */
        public String clock() {
            return TimeLimits.clockBadge(status, dueAt, warnAt, paused, Instant.now());
        }
    }

    /** Text shaped like a case number or its start ({@code QY-20261125-0007}, {@code ms-202611}). */
    static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?i)(QY|MS)-\\d[\\d-]*");

    private static final String TEXT_MATCH = "(c.title ILIKE :text OR c.description ILIKE :text"
            + " OR c.number ILIKE :text OR c.enterprise_name ILIKE :text)";

    /** The most a list counts; beyond it the list says "at least" (至少) the number it counted. */
    static final long COUNT_CAP = 10_000;

    /**
     * One page; {@code more} when {@code total} is a lower bound: at least that many cases match (the count stopped
     * after {@link #COUNT_CAP} + 1, or only the newest {@link #WINDOW} cases were read for a phrase).
     */
    record Page(List<Row> items, long total, boolean more, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseworkSettings settings;

    CaseSearch(JdbcClient jdbc, CaseAccess access, CaseworkSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.settings = settings;
    }

    Page find(Actor actor, Query q) {
        return find(actor, q, WINDOW);
    }

    /** As {@link #find(Actor, Query)}, reading at most {@code window} newest cases for a phrase first. */
    Page find(Actor actor, Query q, int window) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scope(access.scopeOf(actor), params) + filters(q, params);
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        String from = "cases c";
        String outer = where; // what the page's own query still has to check of the rows it reads from "from"
        long counted;
        long windowMatches = phrase(q) ? newestMatches(where, q, params, window) : -1;
        if (windowMatches >= 0) {
            // the newest WINDOW cases in scope already hold this page and those before it: it is the same page
            // as over all cases, read without collecting every match of a common phrase
            from = "(SELECT c.* FROM cases c WHERE " + where.replace(TEXT_MATCH, "true")
                    + " ORDER BY c.created_at DESC NULLS LAST, c.number DESC LIMIT :window) c";
            counted = windowMatches;
        } else {
            if (where.contains(TEXT_MATCH)) {
                // a phrase the newest cases do not hold enough of is found through the trigram indexes of every
                // month and then sorted; without the fence (OFFSET 0) the planner, counting on the page's LIMIT,
                // walks each month's newest-first index through millions of rows that do not match
                from = "(SELECT c.* FROM cases c WHERE " + where + " OFFSET 0) c";
                outer = "true";
            }
            // counting stops after COUNT_CAP rows: an exact count of millions of cases costs seconds, helps nobody
            params.put("countCap", COUNT_CAP + 1);
            counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM cases c WHERE " + where
                    + " LIMIT :countCap) t").params(params).query(Long.class).single();
            params.remove("countCap");
        }
        String order = SORTS.getOrDefault(q.sort() == null ? "" : q.sort(), "c.created_at")
                + (q.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST") + ", c.number DESC";
        boolean mask = !actor.maySeePersonalData();
        List<Row> rows = jdbc.sql("""
                SELECT c.*, j.name AS jname, u.name AS uname,
                  EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id AND k.paused_since IS NOT NULL) AS paused
                """ + " FROM " + from + """

                JOIN jurisdiction j ON j.id = c.jurisdiction_id LEFT JOIN unit u ON u.id = c.lead_unit_id
                """ + " WHERE " + outer + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("number"),
                        CaseKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        Category.valueOf(rs.getString("category")), CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("jurisdiction_path"), rs.getString("jname"), rs.getString("uname"),
                        rs.getString("reporter_name"),
                        mask && !actorReported(actor, rs.getObject("reporter_person_id", UUID.class))
                                ? org.fengqiao.shared.Masking.phone(rs.getString("reporter_phone"))
                                : rs.getString("reporter_phone"),
                        rs.getString("enterprise_name"),
                        rs.getString("closure_kind") == null ? null : ClosureKind.valueOf(rs.getString("closure_kind")),
                        rs.getInt("return_count"), Cases.instant(rs.getTimestamp("created_at")),
                        Cases.instant(rs.getTimestamp("updated_at")), Cases.instant(rs.getTimestamp("due_at")),
                        rs.getLong("version"), Cases.instant(rs.getTimestamp("warn_at")), rs.getBoolean("paused")))
                .list();
        return new Page(rows, counted, windowMatches >= 0 || counted > COUNT_CAP, q.page(), q.size());
    }

    /** How many of the newest cases a phrase search reads before it falls back to the trigram indexes. */
    static final int WINDOW = 10_000;

    private static boolean phrase(Query q) {
        return q.text() != null && !q.text().isBlank() && !NUMBER.matcher(q.text().strip()).matches()
                && (q.sort() == null || !SORTS.containsKey(q.sort()) || "created".equals(q.sort())) && !q.ascending();
    }

    /**
     * Matches among the newest {@code window} cases in scope when they hold the page asked for, else -1. A common
     * phrase (消防通道) matches tens of thousands of cases: the trigram index hands all of them to a sort, while
     * walking the newest-first index stops after a few thousand rows. A rare phrase finds too few here and is
     * searched through the trigram indexes instead, where it is cheap.
     */
    private long newestMatches(String where, Query q, Map<String, Object> params, int window) {
        params.put("window", window);
        var counts = jdbc.sql("SELECT count(*) FILTER (WHERE " + TEXT_MATCH + "), count(*) FROM (SELECT c.title,"
                + " c.description, c.number, c.enterprise_name FROM cases c"
                + " WHERE " + where.replace(TEXT_MATCH, "true") + " ORDER BY c.created_at DESC NULLS LAST,"
                + " c.number DESC LIMIT :window) c").params(params)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        boolean full = counts[1] == window;
        if (full && counts[0] >= (long) (q.page() + 1) * q.size()) {
            return counts[0];
        }
        params.remove("window");
        return -1;
    }

    private static boolean actorReported(Actor actor, UUID reporter) {
        return reporter != null && reporter.equals(actor.personId());
    }

    /** The actor's scope as a WHERE condition on {@code cases c}, binding its values into {@code params}. */
    static String scope(CaseAccess.Scope scope, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < scope.paths().size(); i++) {
            params.put("path" + i, scope.paths().get(i) + "%");
            any.add("c.jurisdiction_path LIKE :path" + i);
        }
        if (!scope.units().isEmpty()) {
            params.put("units", List.copyOf(scope.units()));
            any.add("c.lead_unit_id IN (:units)");
            any.add("EXISTS (SELECT 1 FROM case_co_unit cu WHERE cu.case_id = c.id AND cu.unit_id IN (:units))");
        }
        if (scope.person() != null) {
            params.put("person", scope.person());
            any.add("c.reporter_person_id = :person");
            any.add("c.entered_by = :person");
        }
        return any.isEmpty() ? "false" : "(" + String.join(" OR ", any) + ")";
    }

    private String filters(Query q, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (!q.statuses().isEmpty()) {
            params.put("statuses", q.statuses().stream().map(Enum::name).toList());
            sql.append(" AND c.status IN (:statuses)");
        }
        if (q.unitId() != null) {
            params.put("unit", q.unitId());
            sql.append(" AND (c.lead_unit_id = :unit OR EXISTS (SELECT 1 FROM case_co_unit cu2 WHERE cu2.case_id = c.id"
                    + " AND cu2.unit_id = :unit))");
        }
        if (q.category() != null) {
            params.put("category", q.category().name());
            sql.append(" AND c.category = :category");
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            if (NUMBER.matcher(q.text().strip()).matches()) {
                // a case number (or its start) is looked up by prefix in the number index
                params.put("number", text.toUpperCase(java.util.Locale.ROOT) + "%");
                sql.append(" AND c.number LIKE :number");
            } else {
                params.put("text", "%" + text + "%");
                sql.append(" AND ").append(TEXT_MATCH);
            }
        }
        if (q.dueSoon()) {
            params.put("soon", Cases.ts(Instant.now().plus(settings.dueSoon())));
            sql.append(" AND c.due_at IS NOT NULL AND c.due_at <= :soon"
                    + " AND c.status IN ('ASSIGNED', 'ACKNOWLEDGED', 'IN_PROGRESS')");
        }
        if (q.visitId() != null) {
            params.put("visit", q.visitId());
            sql.append(" AND c.visit_id = :visit");
        }
        return sql.toString();
    }
}
