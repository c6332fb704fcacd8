package org.fengqiao.inspection.planner;

/**
 * How far a planning run is: its phase, candidate visits placed out of all, and the best score so far.
 *
 * @param phase one of merging, solving, repairing, done
 */
public record PlanProgress(String phase, int placed, int candidates, String score, long elapsedMillis) {
}
