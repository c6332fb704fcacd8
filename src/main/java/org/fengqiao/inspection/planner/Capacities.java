package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.Map;

/** Minutes of inspection time each department has on each date; a day not listed has none. */
public record Capacities(Map<String, Map<LocalDate, Integer>> minutes) {

    public Capacities {
        minutes = Map.copyOf(minutes);
    }

    public int of(String department, LocalDate date) {
        Map<LocalDate, Integer> days = minutes.get(department);
        return days == null ? 0 : days.getOrDefault(date, 0);
    }
}
