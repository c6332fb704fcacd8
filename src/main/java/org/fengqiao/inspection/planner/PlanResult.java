package org.fengqiao.inspection.planner;

import java.util.List;
import java.util.Locale;

/**
 * The plan and its figures.
 *
 * @param demands    demands given to the planner
 * @param lowerBound fewest visits per firm that meet all kept windows, ignoring capacity
 * @param solveNanos time spent planning (files excluded)
 */
public record PlanResult(List<PlannedVisit> visits, List<Unplaced> unplaced, int demands, int lowerBound,
        long solveNanos, String score) {

    public PlanResult {
        visits = List.copyOf(visits);
        unplaced = List.copyOf(unplaced);
    }

    public int placedDemands() {
        return visits.stream().mapToInt(v -> v.demands().size()).sum();
    }

    /** One visit per demand to plan: the plan without any merging. */
    public int naive() {
        return demands - dropped();
    }

    public int dropped() {
        return (int) unplaced.stream().filter(Unplaced::dropped).count();
    }

    /** Demands neither placed nor dropped by rule. */
    public int unplacedCount() {
        return unplaced.size() - dropped();
    }

    public double jointRate() {
        int placed = placedDemands();
        int joint = visits.stream().filter(PlannedVisit::joint).mapToInt(v -> v.demands().size()).sum();
        return placed == 0 ? 0 : (double) joint / placed;
    }

    public double ratio() {
        return lowerBound == 0 ? (visits.isEmpty() ? 1 : Double.POSITIVE_INFINITY) : (double) visits.size() / lowerBound;
    }

    /** The one-line summary of {@code ./fengqiao plan evaluate}. */
    public String summary() {
        return String.format(Locale.ROOT,
                "visits=%d demands=%d naive=%d lower_bound=%d ratio=%.2f joint_rate=%.2f unplaced=%d solve_s=%.2f",
                visits.size(), demands, naive(), lowerBound, ratio(), jointRate(), unplacedCount(),
                solveNanos / 1e9);
    }
}
