package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** One visit to one firm on one date, serving one or more departments' demands. */
public record PlannedVisit(String shopId, LocalDate date, List<Demand> demands) {

    public PlannedVisit {
        demands = List.copyOf(demands);
    }

    public SortedSet<String> departments() {
        TreeSet<String> departments = new TreeSet<>();
        demands.forEach(d -> departments.add(d.department()));
        return departments;
    }

    /** A joint visit (联合检查) serves two or more departments. */
    public boolean joint() {
        return departments().size() >= 2;
    }
}
