package org.fengqiao.org.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.fengqiao.shared.InvalidInput;

/**
 * Working-day arithmetic over the years whose notices are known. A date is a working day when a notice makes it
 * one (调休上班), or when it is Monday to Friday and no notice makes it a holiday. Dates in years without a notice
 * are refused (naming the input that led there) unless the weekends-only fallback was chosen deliberately.
 */
public final class DayTable {

    /** Longest span accepted in one call: ten years of working days is far beyond any time limit. */
    public static final int MAX_DAYS = 2500;

    private final Map<LocalDate, DayKind> overrides;
    private final SortedSet<Integer> years;
    private final boolean weekendsOnlyFallback;

    public DayTable(Map<LocalDate, DayKind> overrides, SortedSet<Integer> years, boolean weekendsOnlyFallback) {
        this.overrides = Map.copyOf(overrides);
        this.years = new TreeSet<>(years);
        this.weekendsOnlyFallback = weekendsOnlyFallback;
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years);
    }

    public boolean covers(LocalDate date) {
        return weekendsOnlyFallback || years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, "date");
    }

    /** The day's kind from a notice, or null when the plain weekday rule applies. */
    public DayKind override(LocalDate date) {
        return overrides.get(date);
    }

    /**
     * The {@code days}-th working day after {@code from}; for 0, {@code from} itself when it is a working day,
     * else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        require(from, "from");
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInput("days", "calendar.daysRange", days, MAX_DAYS);
        }
        LocalDate d = from;
        if (days == 0) {
            while (!isWorkingDay(d, "days")) {
                d = d.plusDays(1);
            }
            return d;
        }
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d, "days")) {
                left--;
            }
        }
        return d;
    }

    /** Working days in (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        require(from, "from");
        require(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS * 2L) {
            throw new InvalidInput("to", "calendar.spanTooLong", from, to);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d, "to")) {
                n++;
            }
        }
        return n;
    }

    boolean isWorkingDay(LocalDate date, String field) {
        require(date, field);
        DayKind kind = overrides.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private void require(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInput(field, "error.missing", field);
        }
        if (!covers(date)) {
            throw new InvalidInput(field, "calendar.outOfRange", date.toString(), date.getYear(), yearsText());
        }
    }

    private String yearsText() {
        return years.isEmpty() ? "-" : String.join(", ", years.stream().map(String::valueOf).toList());
    }
}
