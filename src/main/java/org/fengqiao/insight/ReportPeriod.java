package org.fengqiao.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.fengqiao.shared.InvalidInput;

/**
 * The days a report covers: a calendar month (2026 年 10 月), a quarter (2026 年第 3 季度) or any span of days
 * (CUSTOM, 2026-09-15 至 2026-10-14), both ends included.
 */
record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    enum Kind { MONTH, QUARTER, CUSTOM }

    static final int FIRST_YEAR = 2000;
    /** The longest custom span, in days: a year, leap day included. */
    static final int MAX_DAYS = 366;

    ReportPeriod {
        if (kind == null) {
            throw new InvalidInput("kind", "insight.report.error.kind");
        }
    }

    /** A month or quarter; refuses periods that have not begun, so a report never shows days to come as empty. */
    static ReportPeriod of(Kind kind, int year, int number, LocalDate today) {
        if (kind == null || kind == Kind.CUSTOM) {
            throw new InvalidInput("kind", "insight.report.error.kind");
        }
        if (year < FIRST_YEAR || year > 2100) {
            throw new InvalidInput("year", "insight.report.error.year", FIRST_YEAR);
        }
        int last = kind == Kind.MONTH ? 12 : 4;
        if (number < 1 || number > last) {
            throw new InvalidInput("number", "insight.report.error.number", last);
        }
        ReportPeriod p = covering(kind, LocalDate.of(year, kind == Kind.MONTH ? number : (number - 1) * 3 + 1, 1));
        if (p.from().isAfter(today)) {
            throw new InvalidInput("number", "insight.report.error.future");
        }
        return p;
    }

    /**
     * A span of days from {@code from} to {@code to}: both given, from ≤ to, at most {@link #MAX_DAYS} days, not
     * beginning after today nor before {@link #FIRST_YEAR}; each refusal names its field.
     */
    static ReportPeriod custom(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null) {
            throw new InvalidInput("from", "insight.report.error.from");
        }
        if (to == null) {
            throw new InvalidInput("to", "insight.report.error.to");
        }
        if (from.getYear() < FIRST_YEAR) {
            throw new InvalidInput("from", "insight.report.error.year", FIRST_YEAR);
        }
        if (from.isAfter(today)) {
            throw new InvalidInput("from", "insight.report.error.future");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("to", "insight.report.error.order");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInput("to", "insight.report.error.tooLong", MAX_DAYS);
        }
        return new ReportPeriod(Kind.CUSTOM, from, to);
    }

    /** What a form or a client asked for: a month or quarter by year and number, or a custom span by its dates. */
    static ReportPeriod requested(Kind kind, Integer year, Integer number, LocalDate from, LocalDate to,
            LocalDate today) {
        if (kind == Kind.CUSTOM) {
            return custom(from, to, today);
        }
        if (kind == null) {
            throw new InvalidInput("kind", "insight.report.error.kind");
        }
        if (year == null) {
            throw new InvalidInput("year", "insight.report.error.year", FIRST_YEAR);
        }
        if (number == null) {
            throw new InvalidInput("number", "insight.report.error.number", kind == Kind.MONTH ? 12 : 4);
        }
        return of(kind, year, number, today);
    }

    static ReportPeriod monthBefore(LocalDate today) {
        return covering(Kind.MONTH, YearMonth.from(today).minusMonths(1).atDay(1));
    }

    /** The month or quarter that holds the day. */
    static ReportPeriod covering(Kind kind, LocalDate day) {
        LocalDate first = kind == Kind.MONTH ? day.withDayOfMonth(1)
                : LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new ReportPeriod(kind, first, first.plusMonths(kind == Kind.MONTH ? 1 : 3).minusDays(1));
    }

    /** As stored with a report. */
    static ReportPeriod stored(Kind kind, LocalDate from, LocalDate to) {
        return kind == Kind.CUSTOM ? new ReportPeriod(kind, from, to) : covering(kind, from);
    }

    Period period() {
        return new Period(from, to);
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before, for the comparison (环比). */
    ReportPeriod previous() {
        if (kind == Kind.CUSTOM) {
            return new ReportPeriod(kind, from.minusDays(days()), from.minusDays(1));
        }
        return covering(kind, from.minusDays(1));
    }

    /** Message key of the period's name, e.g. insight.report.period.MONTH = {0}年{1}月, with {@link #labelArgs()}. */
    public String labelKey() {
        return "insight.report.period." + kind;
    }

    public Object[] labelArgs() {
        return switch (kind) {
            case MONTH -> new Object[] {from.getYear(), from.getMonthValue()};
            case QUARTER -> new Object[] {from.getYear(), (from.getMonthValue() - 1) / 3 + 1};
            case CUSTOM -> new Object[] {from.toString(), to.toString()};
        };
    }

    /** Label args for Thymeleaf, which cannot spread an array: the first and second. */
    public Object labelFirst() {
        return labelArgs()[0];
    }

    public Object labelSecond() {
        return labelArgs()[1];
    }
}
