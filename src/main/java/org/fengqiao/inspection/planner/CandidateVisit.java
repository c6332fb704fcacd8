package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A pre-merged group of one firm's demands that Timefold places on a date (or leaves unplaced). The possible
 * dates are the days in the group's common window on which every department concerned has capacity.
 */
@PlanningEntity(comparatorClass = CandidateVisitDifficulty.class)
public class CandidateVisit {

    @PlanningId
    private String id;
    private String shopId;
    private List<Demand> demands;
    private Map<String, Integer> minutesByDepartment;
    private Capacities capacities;
    private List<LocalDate> possibleDates;
    private long weight;
    private boolean triggered;
    private LocalDate earliest;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "possibleDates")
    private LocalDate date;

    public CandidateVisit() {
    }

    public CandidateVisit(String id, String shopId, List<Demand> demands, Capacities capacities,
            List<LocalDate> possibleDates, long weight) {
        this.id = id;
        this.shopId = shopId;
        this.demands = List.copyOf(demands);
        this.capacities = capacities;
        this.possibleDates = List.copyOf(possibleDates);
        this.weight = weight;
        this.minutesByDepartment = new TreeMap<>();
        demands.forEach(d -> minutesByDepartment.merge(d.department(), d.minutes(), Integer::sum));
        this.triggered = demands.stream().anyMatch(d -> d.kind() == DemandKind.TRIGGERED);
        this.earliest = demands.stream().map(Demand::earliest).max(LocalDate::compareTo).orElseThrow();
    }

    @ValueRangeProvider(id = "possibleDates")
    public List<LocalDate> getPossibleDates() {
        return possibleDates;
    }

    /** What this visit takes from each department on its date; nothing while unplaced. */
    public List<DayLoad> dayLoads() {
        if (date == null) {
            return List.of();
        }
        List<DayLoad> loads = new ArrayList<>(minutesByDepartment.size());
        minutesByDepartment.forEach((dept, minutes) -> loads.add(
                new DayLoad(new DepartmentDay(dept, date, capacities.of(dept, date)), minutes)));
        return loads;
    }

    /** Days past the earliest allowed day, which matters only when a triggered demand waits. */
    public long triggeredDelayDays() {
        return triggered && date != null ? date.toEpochDay() - earliest.toEpochDay() : 0;
    }

    public String getId() {
        return id;
    }

    public String getShopId() {
        return shopId;
    }

    public List<Demand> getDemands() {
        return demands;
    }

    public long getWeight() {
        return weight;
    }

    public boolean isTriggered() {
        return triggered;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    @Override
    public String toString() {
        return id + "@" + date;
    }
}
