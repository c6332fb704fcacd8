package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * When a department's next routine inspection of a firm falls due: {@code timesPerYear} visits spread evenly over
 * the year after the last inspection; a firm never inspected gets a first date spread over one interval (by a hash
 * of firm and department), so that a new frequency does not put every firm into the same week.
 */
final class RoutineFrequency {

    private RoutineFrequency() {
    }

    /** Days between two routine inspections; {@code timesPerYear} must be at least 1. */
    static int intervalDays(int timesPerYear) {
        if (timesPerYear < 1) {
            throw new IllegalArgumentException("timesPerYear < 1");
        }
        return 365 / timesPerYear;
    }

    /** The day the next routine inspection is due (never before {@code today}). */
    static LocalDate nextDue(int timesPerYear, LocalDate lastInspected, UUID firm, UUID unit, LocalDate today) {
        int interval = intervalDays(timesPerYear);
        LocalDate due = lastInspected != null ? lastInspected.plusDays(interval)
                : today.plusDays(Math.floorMod(firm.hashCode() * 31 + unit.hashCode(), interval));
        return due.isBefore(today) ? today : due;
    }
}
