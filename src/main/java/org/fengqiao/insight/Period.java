package org.fengqiao.insight;

import java.time.LocalDate;

import org.fengqiao.shared.InvalidInput;

/** A span of whole days, both ends included; by default the last 30 days. */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3660;

    static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "insight.error.period");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInput("from", "insight.error.periodTooLong", MAX_DAYS);
        }
        return new Period(start, end);
    }
}
