package org.fengqiao.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;
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

    /** One case as insight keeps it: no reporter, no text, so no personal data whoever reads it. */
    record Line(UUID caseId, String number, LocalDate day, String category, String channel, String status,
            String closureKind, Instant dueAt, UUID leadUnitId) {
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
        return cases(place, null, period, f, page);
    }

    /** The cases behind a figure of a place, or (unit not null) of the cases that unit leads there. */
    Page cases(Jurisdiction place, Unit unit, Period period, Filter f, int page) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(place, unit, period, f, p);
        Optional<Long> tallied = tallied(place, unit, period, f);
        long counted;
        if (tallied.isPresent()) {
            counted = tallied.get();
        } else {
            p.put("countCap", COUNT_CAP + 1);
            counted = reads.read(from -> from.sql("SELECT count(*) FROM (SELECT 1 FROM insight_case WHERE " + where
                    + " LIMIT :countCap) t").params(p).query(Long.class).single());
            p.remove("countCap");
        }
        p.put("limit", PAGE_SIZE);
        p.put("offset", (long) Math.max(0, page) * PAGE_SIZE);
        List<Line> lines = reads.read(from -> from.sql("SELECT * FROM insight_case WHERE " + where
                + " ORDER BY day DESC, number DESC LIMIT :limit OFFSET :offset").params(p).query(DrillDown::line)
                .list());
        return new Page(lines, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, Math.max(0, page));
    }

    /** The most lines an export writes. */
    static final int EXPORT_CAP = 200_000;
    private static final int CHUNK = 1000;

    /**
     * Every case behind a figure, newest first, handed over a chunk at a time (keyset pages of the fact table, so
     * an export of a large period streams instead of holding it), at most {@link #EXPORT_CAP} lines.
     */
    void each(Jurisdiction place, Unit unit, Period period, Filter f, Consumer<List<Line>> chunk) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = where(place, unit, period, f, p);
        p.put("limit", CHUNK);
        int written = 0;
        Line last = null;
        while (written < EXPORT_CAP) {
            String after = last == null ? "" : " AND (day, number) < (:lastDay, :lastNumber)";
            if (last != null) {
                p.put("lastDay", Date.valueOf(last.day()));
                p.put("lastNumber", last.number());
            }
            List<Line> lines = reads.read(from -> from.sql("SELECT * FROM insight_case WHERE " + where + after
                    + " ORDER BY day DESC, number DESC LIMIT :limit").params(p).query(DrillDown::line).list());
            if (lines.isEmpty()) {
                return;
            }
            List<Line> taken = lines.subList(0, Math.min(lines.size(), EXPORT_CAP - written));
            chunk.accept(taken);
            written += taken.size();
            last = lines.get(lines.size() - 1);
            if (lines.size() < CHUNK) {
                return;
            }
        }
    }

    private static String where(Jurisdiction place, Unit unit, Period period, Filter f, Map<String, Object> p) {
        p.put("path", place.path() + "%");
        p.put("from", Date.valueOf(period.from()));
        p.put("to", Date.valueOf(period.to()));
        StringBuilder where = new StringBuilder("jurisdiction_path LIKE :path AND day BETWEEN :from AND :to");
        if (unit != null) {
            p.put("unit", unit.id());
            where.append(" AND lead_unit_id = :unit");
        }
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
        return where.toString();
    }

    private static Line line(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Line(rs.getObject("case_id", UUID.class), rs.getString("number"),
                rs.getObject("day", LocalDate.class), rs.getString("category"), rs.getString("channel"),
                rs.getString("status"), rs.getString("closure_kind"),
                rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
                rs.getObject("lead_unit_id", UUID.class));
    }

    /**
     * The exact number behind a dashboard figure, read from the same margins as the figure ({@code insight_tally}):
     * all cases, or one category, channel, status or closure kind of closed cases, or the open ones. Empty for
     * other combinations (and for overdue, which changes with the clock), which are counted on the fact table.
     * Counting 10,000 fact rows per page was what made a broad drill-down list slow; a few tally rows cost nothing.
     */
    Optional<Long> tallied(Jurisdiction place, Period period, Filter f) {
        return tallied(place, null, period, f);
    }

    Optional<Long> tallied(Jurisdiction place, Unit unit, Period period, Filter f) {
        if (f.overdue()) {
            return Optional.empty();
        }
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "category", f.category());
        put(given, "channel", f.channel());
        put(given, "status", f.status());
        put(given, "closure", f.closure());
        String dim;
        List<String> values;
        if (given.size() == 2 && !f.open() && "CLOSED".equals(given.get("status")) && given.containsKey("closure")) {
            dim = "closure";
            values = List.of(given.get("closure"));
        } else if (given.isEmpty()) {
            dim = f.open() ? "status" : "all";
            values = f.open() ? TERMINAL : List.of("");
        } else if (given.size() == 1 && !f.open() && !given.containsKey("closure")) {
            dim = given.keySet().iterator().next();
            values = List.of(given.get(dim));
        } else {
            return Optional.empty();
        }
        TallyRanges r = TallyRanges.of(period);
        return Optional.of(reads.read(from -> from.sql("""
                SELECT coalesce(sum(cases), 0) FROM """ + Dashboard.tally(unit) + """
                jurisdiction_path LIKE :path AND dim = :dim AND (value IN (:values)) = :in AND (
                     (grain = 'M' AND day BETWEEN :monthFrom AND :monthTo)
                  OR (grain = 'D' AND day BETWEEN :headFrom AND :headTo)
                  OR (grain = 'D' AND day BETWEEN :tailFrom AND :tailTo))""")
                .param("path", place.path() + "%").param("unit", Dashboard.unitId(unit)).param("dim", dim)
                .param("values", values)
                .param("in", !(f.open() && given.isEmpty()))
                .param("monthFrom", Date.valueOf(r.months().from())).param("monthTo", Date.valueOf(r.months().to()))
                .param("headFrom", Date.valueOf(r.head().from())).param("headTo", Date.valueOf(r.head().to()))
                .param("tailFrom", Date.valueOf(r.tail().from())).param("tailTo", Date.valueOf(r.tail().to()))
                .query(Long.class).single()));
    }

    /** The statuses {@link Filter#open()} leaves out (as its SQL below does). */
    private static final List<String> TERMINAL = List.of("REJECTED", "CLOSED", "CANCELLED");

    private static void put(Map<String, String> given, String name, String value) {
        if (value != null && !value.isBlank()) {
            given.put(name, value.strip());
        }
    }

    private static void equal(StringBuilder where, Map<String, Object> p, String column, String value) {
        if (value != null && !value.isBlank()) {
            p.put(column, value.strip());
            where.append(" AND ").append(column).append(" = :").append(column);
        }
    }
}
