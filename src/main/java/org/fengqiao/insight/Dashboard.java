package org.fengqiao.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Unit;
import org.springframework.stereotype.Component;

/**
 * Computes {@link Figures} from the margins in {@code insight_tally}: whole months of the period from monthly rows,
 * its ragged ends from daily rows (one indexed range scan, a few thousand rows however many cases), plus the
 * overdue count from the fact table's partial index on open cases. Terminal statuses: REJECTED, CLOSED, CANCELLED.
 */
@Component
class Dashboard {

    static final List<String> OPEN_PAST_DUE = List.of("ASSIGNED", "RETURNED", "ACKNOWLEDGED", "IN_PROGRESS");
    private static final List<String> TERMINAL = List.of("REJECTED", "CLOSED", "CANCELLED");

    private final ReportingReads reads;
    private final Jurisdictions jurisdictions;

    Dashboard(ReportingReads reads, Jurisdictions jurisdictions) {
        this.reads = reads;
        this.jurisdictions = jurisdictions;
    }

    private record Row(String path, String dim, String value, Measures m) {
    }

    Figures figures(Jurisdiction place, Period period) {
        return figures(place, null, period);
    }

    /**
     * The figures of the cases of a place, or with a unit only those it leads (from the unit margins,
     * {@code insight_unit_tally}).
     */
    Figures figures(Jurisdiction place, Unit unit, Period period) {
        TallyRanges ranges = TallyRanges.of(period);
        List<Row> rows = reads.read(from -> from.sql("""
                SELECT jurisdiction_path, dim, value, sum(cases) AS cases, sum(verdicts) AS verdicts,
                       sum(satisfied) AS satisfied, sum(score_sum) AS score_sum, sum(replied) AS replied,
                       sum(replied_on_time) AS replied_on_time
                FROM """ + tally(unit) + """
                jurisdiction_path LIKE :path AND (
                     (grain = 'M' AND day BETWEEN :monthFrom AND :monthTo)
                  OR (grain = 'D' AND day BETWEEN :headFrom AND :headTo)
                  OR (grain = 'D' AND day BETWEEN :tailFrom AND :tailTo))
                GROUP BY 1, 2, 3""")
                .param("path", place.path() + "%").param("unit", unitId(unit))
                .param("monthFrom", Date.valueOf(ranges.months().from()))
                .param("monthTo", Date.valueOf(ranges.months().to()))
                .param("headFrom", Date.valueOf(ranges.head().from()))
                .param("headTo", Date.valueOf(ranges.head().to()))
                .param("tailFrom", Date.valueOf(ranges.tail().from()))
                .param("tailTo", Date.valueOf(ranges.tail().to()))
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        new Measures(rs.getLong("cases"), rs.getLong("verdicts"), rs.getLong("satisfied"),
                                rs.getLong("score_sum"), rs.getLong("replied"), rs.getLong("replied_on_time"))))
                .list());
        Map<String, Long> channels = new TreeMap<>();
        Map<String, Long> categories = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        Measures total = Measures.ZERO;
        long closed = 0;
        long confirmed = 0;
        long open = 0;
        List<Jurisdiction> children = jurisdictions.all().stream()
                .filter(j -> place.id().equals(j.parentId())).toList();
        Map<String, long[]> parts = new TreeMap<>();
        for (Row r : rows) {
            long n = r.m().cases();
            if (n == 0 && !"all".equals(r.dim())) {
                continue;
            }
            String part = children.stream().filter(c -> r.path().startsWith(c.path())).findFirst()
                    .map(Jurisdiction::code).orElse(place.code());
            long[] p = parts.computeIfAbsent(part, k -> new long[3]);
            switch (r.dim()) {
                case "all" -> {
                    total = total.plus(r.m());
                    p[0] += n;
                }
                case "channel" -> channels.merge(r.value(), n, Long::sum);
                case "category" -> categories.merge(r.value(), n, Long::sum);
                case "status" -> {
                    statuses.merge(r.value(), n, Long::sum);
                    boolean isClosed = "CLOSED".equals(r.value());
                    closed += isClosed ? n : 0;
                    p[1] += isClosed ? n : 0;
                    open += TERMINAL.contains(r.value()) ? 0 : n;
                }
                case "closure" -> {
                    boolean isConfirmed = "CONFIRMED".equals(r.value());
                    confirmed += isConfirmed ? n : 0;
                    p[2] += isConfirmed ? n : 0;
                }
                default -> {
                }
            }
        }
        List<Figures.Part> breakdown = new ArrayList<>();
        for (Jurisdiction c : children) {
            long[] p = parts.getOrDefault(c.code(), new long[3]);
            breakdown.add(new Figures.Part(c, false, p[0], p[1], p[2]));
        }
        long[] own = parts.get(place.code());
        if (own != null && own[0] != 0 && !children.isEmpty()) {
            breakdown.add(new Figures.Part(place, true, own[0], own[1], own[2]));
        }
        return new Figures(place, unit, period, total.cases(), channels, categories, statuses, closed, confirmed, open,
                total.verdicts(), total.satisfied(), total.scoreSum(), total.replied(), total.repliedOnTime(),
                overdue(place, unit, period), breakdown);
    }

    /** The margins to read and the start of the condition (a unit's rows; the caller binds :unit), spaced both ends. */
    static String tally(Unit unit) {
        return unit == null ? " insight_tally WHERE " : " insight_unit_tally WHERE unit_id = :unit AND ";
    }

    static java.util.UUID unitId(Unit unit) {
        return unit == null ? null : unit.id();
    }

    /** Open cases of the period whose deadline has passed, counted now. */
    long overdue(Jurisdiction place, Unit unit, Period period) {
        return reads.read(from -> from.sql("""
                SELECT count(*) FROM insight_case WHERE status IN (:open) AND due_at < :now
                AND jurisdiction_path LIKE :path AND day BETWEEN :from AND :to""" + (unit == null ? ""
                        : " AND lead_unit_id = :unit"))
                .param("unit", unitId(unit))
                .param("open", OPEN_PAST_DUE).param("now", Timestamp.from(Instant.now()))
                .param("path", place.path() + "%").param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).query(Long.class).single());
    }

    /** Up to {@code limit} located cases of the period, for the map: longitude, latitude, open (1) or not (0). */
    List<double[]> points(Jurisdiction place, Unit unit, Period period, int limit) {
        return reads.read(from -> from.sql("""
                SELECT lon, lat, status FROM insight_case WHERE jurisdiction_path LIKE :path
                AND day BETWEEN :from AND :to AND lat IS NOT NULL AND lon IS NOT NULL""" + (unit == null ? ""
                        : " AND lead_unit_id = :unit") + " LIMIT :limit")
                .param("path", place.path() + "%").param("unit", unitId(unit))
                .param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("limit", limit)
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2),
                        TERMINAL.contains(rs.getString(3)) ? 0 : 1})
                .list());
    }
}
