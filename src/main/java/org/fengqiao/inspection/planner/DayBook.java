package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The visits placed so far and the capacity left, for the greedy steps (repair and baseline). */
final class DayBook {

    private final Capacities capacities;
    private final Map<String, Map<LocalDate, Integer>> used = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, List<Demand>>> visits = new HashMap<>();
    private final Map<String, Map<LocalDate, java.util.Set<String>>> shopsOn = new HashMap<>();

    DayBook(Capacities capacities) {
        this.capacities = capacities;
    }

    int left(String department, LocalDate date) {
        return capacities.of(department, date)
                - used.getOrDefault(department, Map.of()).getOrDefault(date, 0);
    }

    boolean fits(Demand d, LocalDate date) {
        return d.allows(date) && left(d.department(), date) >= d.minutes();
    }

    void place(Demand d, LocalDate date) {
        used.computeIfAbsent(d.department(), k -> new HashMap<>()).merge(date, d.minutes(), Integer::sum);
        visits.computeIfAbsent(d.shopId(), k -> new TreeMap<>()).computeIfAbsent(date, k -> new ArrayList<>()).add(d);
        shopsOn.computeIfAbsent(d.department(), k -> new HashMap<>())
                .computeIfAbsent(date, k -> new java.util.TreeSet<>()).add(d.shopId());
    }

    /** The demands served at a firm on a date. */
    List<Demand> visit(String shopId, LocalDate date) {
        return List.copyOf(visits.getOrDefault(shopId, new TreeMap<>()).getOrDefault(date, List.of()));
    }

    /** Firms a department visits on a date. */
    List<String> shopsVisitedBy(String department, LocalDate date) {
        return List.copyOf(shopsOn.getOrDefault(department, Map.of()).getOrDefault(date, java.util.Set.of()));
    }

    /** Takes a whole visit off the book. */
    void remove(String shopId, LocalDate date) {
        List<Demand> demands = visits.getOrDefault(shopId, new TreeMap<>()).remove(date);
        if (demands == null) {
            return;
        }
        for (Demand d : demands) {
            used.get(d.department()).merge(date, -d.minutes(), Integer::sum);
            shopsOn.get(d.department()).get(date).remove(shopId);
        }
    }

    /** Whether all these demands fit on a date together (the firm's other demands that day included). */
    boolean fitsAll(List<Demand> demands, LocalDate date) {
        Map<String, Integer> need = new HashMap<>();
        for (Demand d : demands) {
            if (!d.allows(date)) {
                return false;
            }
            need.merge(d.department(), d.minutes(), Integer::sum);
        }
        return need.entrySet().stream().allMatch(e -> left(e.getKey(), date) >= e.getValue());
    }

    /** Dates the firm is already visited on, earliest first. */
    List<LocalDate> visitDates(String shopId) {
        return new ArrayList<>(visits.getOrDefault(shopId, new TreeMap<>()).keySet());
    }

    boolean anyCapacity(Demand d) {
        for (LocalDate day = d.earliest(); !day.isAfter(d.latest()); day = day.plusDays(1)) {
            if (capacities.of(d.department(), day) >= d.minutes()) {
                return true;
            }
        }
        return false;
    }

    Unplaced.Reason whyNot(Demand d) {
        return anyCapacity(d) ? Unplaced.Reason.CAPACITY_TAKEN : Unplaced.Reason.NO_CAPACITY_IN_WINDOW;
    }

    List<PlannedVisit> plannedVisits() {
        List<PlannedVisit> out = new ArrayList<>();
        visits.forEach((shop, days) -> days.forEach((date, ds) -> out.add(new PlannedVisit(shop, date, ds))));
        out.sort(java.util.Comparator.comparing(PlannedVisit::shopId).thenComparing(PlannedVisit::date));
        return out;
    }
}
