package org.fengqiao.inspection.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What every plan must satisfy, whatever made it. */
final class PlanChecks {

    private PlanChecks() {
    }

    static void assertFeasible(PlanningProblem problem, PlanResult plan) {
        Map<String, Integer> used = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> visitKeys = new HashSet<>();
        for (PlannedVisit v : plan.visits()) {
            assertThat(visitKeys.add(v.shopId() + "@" + v.date())).as("one visit per firm and day").isTrue();
            for (Demand d : v.demands()) {
                assertThat(d.shopId()).isEqualTo(v.shopId());
                assertThat(d.allows(v.date())).as("%s inside its window", d.id()).isTrue();
                assertThat(seen.add(d.id())).as("%s placed once", d.id()).isTrue();
                used.merge(d.department() + "@" + v.date(), d.minutes(), Integer::sum);
            }
        }
        used.forEach((key, minutes) -> {
            String[] parts = key.split("@");
            assertThat(minutes).as("capacity of %s", key)
                    .isLessThanOrEqualTo(problem.capacities().of(parts[0], LocalDate.parse(parts[1])));
        });
        plan.unplaced().forEach(u -> assertThat(seen.add(u.demand().id())).as("left out once").isTrue());
        assertThat(seen).hasSize(problem.demands().size());
        assertThat(plan.visits().size()).isGreaterThanOrEqualTo(plan.lowerBound() - plan.unplacedCount());
    }
}
