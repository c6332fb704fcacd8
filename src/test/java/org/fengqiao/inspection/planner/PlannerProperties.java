package org.fengqiao.inspection.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class PlannerProperties {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final JointPlanner planner = new JointPlanner(
            new PlannerSettings(Duration.ofMillis(400), Duration.ofMillis(100)));

    @Property(tries = 12)
    void everyDemandIsPlacedInItsWindowOrReportedAndCapacityIsNeverExceeded(
            @ForAll @IntRange(min = 1, max = 60) int firms, @ForAll @IntRange(min = 1, max = 7) int departments,
            @ForAll @DoubleRange(min = 0.4, max = 2.0) double slack, @ForAll long seed) {
        PlanningProblem problem = new InstanceGenerator(firms, departments, 2, 2.0, slack, MONDAY, seed).generate();
        PlanResult plan = planner.plan(problem);
        PlanChecks.assertFeasible(problem, plan);
        assertThat(plan.visits().size() + plan.unplacedCount()).isGreaterThanOrEqualTo(plan.lowerBound());
    }

    @Property(tries = 20)
    void lowerBoundNeverExceedsTheDemandsNorFallsBelowTheFirms(
            @ForAll @IntRange(min = 1, max = 80) int firms, @ForAll long seed) {
        PlanningProblem problem = new InstanceGenerator(firms, 7, 4, 2.0, 1.0, MONDAY, seed).generate();
        int bound = VisitMerging.lowerBound(problem.demands());
        assertThat(bound).isBetween(firms, problem.demands().size());
    }
}
