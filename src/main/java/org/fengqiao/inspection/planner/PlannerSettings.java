package org.fengqiao.inspection.planner;

import java.time.Duration;

/**
 * How long Timefold may search: at most {@code timeLimit}, and stops early after {@code unimprovedLimit}
 * without a better plan.
 */
public record PlannerSettings(Duration timeLimit, Duration unimprovedLimit) {

    public static PlannerSettings defaults() {
        return new PlannerSettings(Duration.ofSeconds(6), Duration.ofMillis(1500));
    }
}
