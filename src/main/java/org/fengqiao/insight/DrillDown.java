package org.fengqiao.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * The cases behind a number of the dashboard: the same jurisdiction, period and filters as the figure, newest
 * first, paged. Each line links to the case page, which applies casework's own access rules again.
 */
@Component
class DrillDown {

    static final int PAGE_SIZE = 50;

    /** What the number counted; null fields do not filter. */
    record Filter(String category, String channel, String status, String closure, boolean overdue, boolean open) {
    }

    record Line(UUID caseId, String number, LocalDate day, String category, String channel, String status,
            String closureKind, Instant dueAt) {
    }

    /** The most a list counts; beyond it the list says "more than" (an exact count of a million costs seconds). */
    static final long COUNT_CAP = 10_000;

    /** One page; {@code more} when more than {@code total} (= {@link #COUNT_CAP}) cases match. */
    record Page(List<Line> lines, long total, boolean more, int page) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final ReportingReads reads;

    DrillDown(ReportingReads reads) {
        this.reads = reads;
    }

    Page cases(Jurisdiction place, Period period, Filter f, int page) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("path", place.path() + "%");
        p.put("from", Date.valueOf(period.from()));
        p.put("to", Date.valueOf(period.to()));
        StringBuilder where = new StringBuilder("jurisdiction_path LIKE :path AND day BETWEEN :from AND :to");
        equal(where, p, "category", f.category());
        equal(where, p, "channel", f.channel());
        equal(where, p, "status", f.status());
        equal(where, p, "closure_kind", f.closure());
        if (f.overdue()) {
            p.put("pastDue", Dashboard.OPEN_PAST_DUE);
            p.put("now", Timestamp.from(Instant.now()));
            where.append(" AND status IN (:pastDue) AND due_at < :now");
        }
        if (f.open()) {
            where.append(" AND status NOT IN ('REJECTED', 'CLOSED', 'CANCELLED')");
        }
        p.put("countCap", COUNT_CAP + 1);
        long counted = reads.reads().sql("SELECT count(*) FROM (SELECT 1 FROM insight_case WHERE " + where
                + " LIMIT :countCap) t").params(p).query(Long.class).single();
        p.remove("countCap");
        p.put("limit", PAGE_SIZE);
        p.put("offset", (long) Math.max(0, page) * PAGE_SIZE);
        List<Line> lines = reads.reads().sql("SELECT * FROM insight_case WHERE " + where
                + " ORDER BY day DESC, number DESC LIMIT :limit OFFSET :offset").params(p)
                .query((rs, i) -> new Line(rs.getObject("case_id", UUID.class), rs.getString("number"),
                        rs.getObject("day", LocalDate.class), rs.getString("category"), rs.getString("channel"),
                        rs.getString("status"), rs.getString("closure_kind"),
                        rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant()))
                .list();
        return new Page(lines, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, Math.max(0, page));
    }

    private static void equal(StringBuilder where, Map<String, Object> p, String column, String value) {
        if (value != null && !value.isBlank()) {
            p.put(column, value.strip());
            where.append(" AND ").append(column).append(" = :").append(column);
        }
    }
}
