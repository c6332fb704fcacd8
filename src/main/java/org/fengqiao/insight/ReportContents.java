package org.fengqiao.insight;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.fengqiao.insight.ReportContent.Rate;
import org.fengqiao.insight.ReportContent.Table;
import org.fengqiao.casework.FollowUpFigures;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts together a report's content from the same rollup the dashboard reads: the key figures beside the
 * previous period's (环比), intake by channel, category and status, the jurisdictions one level down, the stages'
 * on-time rates, escalations and follow-up outcomes ({@link Handling}), and the intake and closures per day (a
 * month, a span up to 62 days) or per month. A unit's report counts the cases that unit leads in its jurisdiction.
 */
@Component
class ReportContents {

    private final Dashboard dashboard;
    private final Handling handling;
    private final ReportingReads reads;
    private final MessageSource messages;

    ReportContents(Dashboard dashboard, Handling handling, ReportingReads reads, MessageSource messages) {
        this.dashboard = dashboard;
        this.handling = handling;
        this.reads = reads;
        this.messages = messages;
    }

    ReportContent of(Jurisdiction place, ReportPeriod period, Locale locale) {
        return of(place, null, period, locale);
    }

    ReportContent of(Jurisdiction place, Unit unit, ReportPeriod period, Locale locale) {
        Figures now = dashboard.figures(place, unit, period.period());
        Figures before = dashboard.figures(place, unit, period.previous().period());
        String periodName = messages.getMessage(period.labelKey(), period.labelArgs(), locale);
        List<Table> tables = new ArrayList<>();
        tables.add(keyFigures(now, before, locale));
        tables.add(shares(locale, "insight.report.table.channel", "casework.channel.", now.byChannel(), now.intake()));
        tables.add(shares(locale, "insight.report.table.category", "casework.category.", now.byCategory(),
                now.intake()));
        tables.add(shares(locale, "insight.report.table.status", "casework.status.", now.byStatus(), now.intake()));
        if (!now.parts().isEmpty()) {
            tables.add(parts(now, locale));
        }
        tables.add(trend(place, unit, period, locale));
        tables.add(stages(handling.stages(place, unit, period.period()), locale));
        tables.add(rungs(handling.rungs(place, unit, period.period()), locale));
        tables.add(followUps(handling.followUps(place, unit, period.period()), locale));
        String generated = ZonedDateTime.now(CaseFact.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String who = unit == null ? place.name() : msg(locale, "insight.report.unitOf", unit.name(), place.name());
        return new ReportContent(msg(locale, "insight.report.heading", who, periodName),
                msg(locale, "insight.report.subtitle", period.from(), period.to(), msg(locale,
                        "insight.report.previous", period.previous().from(), period.previous().to())),
                msg(locale, "insight.report.footer", generated), tables);
    }

    private Table keyFigures(Figures now, Figures before, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(countRow(locale, "insight.figure.intake", now.intake(), before.intake()));
        rows.add(countRow(locale, "insight.figure.closed", now.closed(), before.closed()));
        rows.add(rateRow(locale, "insight.figure.closureRate", now.closureRate(), before.closureRate()));
        rows.add(countRow(locale, "insight.figure.confirmed", now.confirmed(), before.confirmed()));
        rows.add(rateRow(locale, "insight.figure.resolutionRate", now.resolutionRate(), before.resolutionRate()));
        rows.add(countRow(locale, "insight.figure.open", now.open(), before.open()));
        rows.add(countRow(locale, "insight.figure.overdue", now.overdue(), before.overdue()));
        rows.add(rateRow(locale, "insight.report.satisfaction", now.satisfactionRate(), before.satisfactionRate()));
        rows.add(rateRow(locale, "insight.report.onTime", now.onTimeRate(), before.onTimeRate()));
        return new Table(msg(locale, "insight.report.table.key"), List.of(msg(locale, "insight.report.col.figure"),
                msg(locale, "insight.report.col.period"), msg(locale, "insight.report.col.previous"),
                msg(locale, "insight.report.col.change")), rows, -1);
    }

    private List<Object> countRow(Locale locale, String key, long now, long before) {
        return List.of(msg(locale, key), now, before, before == 0 ? "—" : String.format("%+.1f%%",
                (now - before) * 100.0 / before));
    }

    private List<Object> rateRow(Locale locale, String key, Double now, Double before) {
        String change = now == null || before == null ? "—" : String.format("%+.1f", (now - before) * 100);
        return List.of(msg(locale, key), new Rate(now), new Rate(before), change);
    }

    private Table shares(Locale locale, String titleKey, String labelPrefix, Map<String, Long> counts, long whole) {
        List<List<Object>> rows = new ArrayList<>();
        counts.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> rows.add(List.of(label(locale, labelPrefix + e.getKey(), e.getKey()), e.getValue(),
                        new Rate(Figures.rate(e.getValue(), whole)))));
        return new Table(msg(locale, titleKey), List.of(msg(locale, "insight.report.col.item"),
                msg(locale, "insight.report.col.cases"), msg(locale, "insight.report.col.share")), rows, 1);
    }

    private Table parts(Figures f, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figures.Part p : f.parts()) {
            String name = p.own() ? msg(locale, "insight.parts.own", p.jurisdiction().name()) : p.jurisdiction().name();
            rows.add(List.of(name, p.intake(), p.closed(), new Rate(p.closureRate()), p.confirmed(),
                    new Rate(p.resolutionRate())));
        }
        return new Table(msg(locale, "insight.parts.heading"), List.of(msg(locale, "insight.report.col.jurisdiction"),
                msg(locale, "insight.figure.intake"), msg(locale, "insight.figure.closed"),
                msg(locale, "insight.figure.closureRate"), msg(locale, "insight.figure.confirmed"),
                msg(locale, "insight.figure.resolutionRate")), rows, 1);
    }

    private Table stages(List<Handling.Stage> stages, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Handling.Stage s : stages) {
            rows.add(List.of(msg(locale, "insight.report.stage." + s.name()), s.finished(), s.onTime(), s.rate(),
                    s.overdueOpen()));
        }
        return new Table(msg(locale, "insight.report.table.stages"), List.of(msg(locale, "insight.report.col.stage"),
                msg(locale, "insight.report.col.finished"), msg(locale, "insight.report.col.onTime"),
                msg(locale, "insight.report.onTimeRate"), msg(locale, "insight.report.col.overdueOpen")), rows, -1);
    }

    private Table rungs(List<Handling.Rung> rungs, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Handling.Rung r : rungs) {
            rows.add(List.of(msg(locale, "insight.report.rung", r.rung()), r.whistles(), r.byReporter(),
                    r.arrivals()));
        }
        return new Table(msg(locale, "insight.report.table.escalations"), List.of(
                msg(locale, "insight.report.col.rung"), msg(locale, "insight.report.col.whistles"),
                msg(locale, "insight.report.col.byReporter"), msg(locale, "insight.report.col.arrivals")), rows, 1);
    }

    private Table followUps(FollowUpFigures.Settlement s, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(msg(locale, "insight.report.followUp.closes"), s.closes(),
                new Rate(Figures.rate(s.closes(), s.closes()))));
        rows.add(List.of(msg(locale, "insight.report.followUp.settled"), s.settled(),
                new Rate(Figures.rate(s.settled(), s.closes()))));
        rows.add(List.of(msg(locale, "insight.report.followUp.recurred"), s.recurred(),
                new Rate(Figures.rate(s.recurred(), s.closes()))));
        rows.add(List.of(msg(locale, "insight.report.followUp.reopened"), s.reopened(),
                new Rate(Figures.rate(s.reopened(), s.closes()))));
        rows.add(List.of(msg(locale, "insight.report.followUp.unreachable"), s.unreachable(),
                new Rate(Figures.rate(s.unreachable(), s.closes()))));
        rows.add(List.of(msg(locale, "insight.report.followUp.pending"), s.pending(),
                new Rate(Figures.rate(s.pending(), s.closes()))));
        return new Table(msg(locale, "insight.report.table.followUps"), List.of(msg(locale, "insight.report.col.item"),
                msg(locale, "insight.report.col.cases"), msg(locale, "insight.report.col.share")), rows, 1);
    }

    /**
     * Intake and closures per day of a month or of a span up to 62 days, per month otherwise (cases counted on the
     * day they came in). A custom span's months are summed from daily rows, since its ends cut months.
     */
    private Table trend(Jurisdiction place, Unit unit, ReportPeriod period, Locale locale) {
        boolean daily = period.kind() == ReportPeriod.Kind.MONTH
                || period.kind() == ReportPeriod.Kind.CUSTOM && period.days() <= 62;
        boolean fromDays = daily || period.kind() == ReportPeriod.Kind.CUSTOM;
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        LocalDate first = daily ? period.from() : period.from().withDayOfMonth(1);
        for (LocalDate d = first; !d.isAfter(period.to()); d = daily ? d.plusDays(1) : d.plusMonths(1)) {
            byDay.put(d, new long[2]);
        }
        reads.read(from -> from.sql("""
                SELECT date_trunc(CAST(:bucket AS text), day::timestamp)::date, sum(cases) FILTER (WHERE dim = 'all'),
                       sum(cases) FILTER (WHERE dim = 'status')
                FROM """ + Dashboard.tally(unit) + """
                grain = :grain AND day BETWEEN :from AND :to AND jurisdiction_path LIKE :path
                  AND (dim = 'all' OR (dim = 'status' AND value = 'CLOSED'))
                GROUP BY 1""")
                .param("bucket", daily ? "day" : "month").param("unit", Dashboard.unitId(unit))
                .param("grain", fromDays ? "D" : "M").param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("path", place.path() + "%")
                .query((rs, i) -> {
                    long[] v = byDay.get(rs.getDate(1).toLocalDate());
                    if (v != null) {
                        v[0] = rs.getLong(2);
                        v[1] = rs.getLong(3);
                    }
                    return v;
                }).list());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(daily ? "MM-dd" : "yyyy-MM");
        List<List<Object>> rows = new ArrayList<>();
        byDay.forEach((d, v) -> rows.add(List.of(d.format(format), v[0], v[1])));
        return new Table(msg(locale, daily ? "insight.report.table.daily" : "insight.report.table.monthly"),
                List.of(msg(locale, daily ? "insight.report.col.day" : "insight.report.col.month"),
                        msg(locale, "insight.figure.intake"), msg(locale, "insight.report.col.closedSince")), rows, 1);
    }

    private String label(Locale locale, String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
