package org.fengqiao.insight;

import java.time.LocalDate;
import java.time.YearMonth;

import org.fengqiao.shared.InvalidInput;

/** A calendar month or quarter that a report covers: 2026 年 10 月 is (MONTH, 2026, 10), 2026 年第 3 季度 (QUARTER, 2026, 3). */
record ReportPeriod(Kind kind, int year, int number) {

    enum Kind { MONTH, QUARTER }

    static final int FIRST_YEAR = 2000;

    ReportPeriod {
        if (kind == null) {
            throw new InvalidInput("kind", "insight.report.error.kind");
        }
        if (year < FIRST_YEAR || year > 2100) {
            throw new InvalidInput("year", "insight.report.error.year", FIRST_YEAR);
        }
        int last = kind == Kind.MONTH ? 12 : 4;
        if (number < 1 || number > last) {
            throw new InvalidInput("number", "insight.report.error.number", last);
        }
    }

    /** Refuses periods that have not begun, so that a report never describes days still to come as empty. */
    static ReportPeriod of(Kind kind, int year, int number, LocalDate today) {
        ReportPeriod p = new ReportPeriod(kind, year, number);
        if (p.from().isAfter(today)) {
            throw new InvalidInput("number", "insight.report.error.future");
        }
        return p;
    }

    static ReportPeriod monthBefore(LocalDate today) {
        YearMonth m = YearMonth.from(today).minusMonths(1);
        return new ReportPeriod(Kind.MONTH, m.getYear(), m.getMonthValue());
    }

    static ReportPeriod covering(Kind kind, LocalDate from) {
        return new ReportPeriod(kind, from.getYear(),
                kind == Kind.MONTH ? from.getMonthValue() : (from.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate from() {
        return LocalDate.of(year, kind == Kind.MONTH ? number : (number - 1) * 3 + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(kind == Kind.MONTH ? 1 : 3).minusDays(1);
    }

    Period period() {
        return new Period(from(), to());
    }

    /** The period of the same length just before, for the comparison (环比). */
    ReportPeriod previous() {
        return covering(kind, from().minusDays(1));
    }

    /** Message key and arguments of the period's name, e.g. insight.report.period.MONTH = {0}年{1}月. */
    public String labelKey() {
        return "insight.report.period." + kind;
    }
}
