package org.fengqiao.insight;

import java.time.LocalDate;

/**
 * A period cut for the tally: the whole months inside it ({@code months}, as first days of months) and the days
 * before and after them ({@code head}, {@code tail}). A range whose end is before its start is empty; every day
 * of the period is covered exactly once.
 */
record TallyRanges(Period months, Period head, Period tail) {

    static TallyRanges of(Period p) {
        LocalDate firstWhole = p.from().getDayOfMonth() == 1 ? p.from() : p.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = p.to().plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) {
            return new TallyRanges(empty(), p, empty());
        }
        return new TallyRanges(new Period(firstWhole, afterWhole.minusMonths(1)),
                new Period(p.from(), firstWhole.minusDays(1)), new Period(afterWhole, p.to()));
    }

    private static Period empty() {
        return new Period(LocalDate.of(2, 1, 2), LocalDate.of(2, 1, 1));
    }
}
