package org.fengqiao.org.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Adds office time: only the office-hour ranges of working days count; the rest of the clock stands still. */
public final class WorkingHours {

    private WorkingHours() {
    }

    public static LocalDateTime add(DayTable days, OfficeHours hours, LocalDateTime start, Duration amount) {
        if (amount.isNegative()) {
            throw new org.fengqiao.shared.InvalidInput("minutes", "calendar.negativeDuration", amount.toMinutes());
        }
        Duration left = amount;
        LocalDate date = start.toLocalDate();
        LocalTime t = start.toLocalTime();
        while (true) {
            if (days.isWorkingDay(date, "minutes")) {
                for (TimeRange r : hours.ranges()) {
                    if (t.isBefore(r.ends())) {
                        LocalTime from = t.isAfter(r.starts()) ? t : r.starts();
                        Duration available = Duration.between(from, r.ends());
                        if (left.compareTo(available) <= 0) {
                            return date.atTime(from.plus(left));
                        }
                        left = left.minus(available);
                        t = r.ends();
                    }
                }
            }
            date = date.plusDays(1);
            t = LocalTime.MIDNIGHT;
        }
    }

    /** Office time in [from, to) as the clock of {@link #add} counts it. */
    public static Duration between(DayTable days, OfficeHours hours, LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            if (!days.isWorkingDay(d, "to")) {
                continue;
            }
            for (TimeRange r : hours.ranges()) {
                LocalDateTime s = max(d.atTime(r.starts()), from);
                LocalDateTime e = min(d.atTime(r.ends()), to);
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
