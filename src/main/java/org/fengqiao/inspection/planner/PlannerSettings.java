package org.fengqiao.inspection.planner;

import java.time.Duration;

/**
 * How long Timefold may search: at most {@code timeLimit}; it stops early after {@code unimprovedLimit} without
 * a better plan, or when a window of that length improved the score by less than 0.05%.
 */
public record PlannerSettings(Duration timeLimit, Duration unimprovedLimit) {

    public static PlannerSettings defaults() {
        return new PlannerSettings(Duration.ofSeconds(5), Duration.ofSeconds(1));
    }
}
