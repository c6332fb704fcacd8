package org.fengqiao.inspection.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.inspection.RiskGrade;
import org.junit.jupiter.api.Test;

class JointPlannerTests {

    static final PlannerSettings QUICK = new PlannerSettings(Duration.ofMillis(1500), Duration.ofMillis(300));
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private final JointPlanner planner = new JointPlanner(QUICK);

    @Test
    void placesEveryDemandAndReachesTheLowerBoundWhenCapacityIsAmple() {
        PlanningProblem problem = new InstanceGenerator(150, 7, 4, 2.0, 1.6, MONDAY, 7).generate();
        PlanResult plan = planner.plan(problem);
        assertThat(plan.unplacedCount()).isZero();
        assertThat(plan.ratio()).isLessThanOrEqualTo(1.02);
        assertThat(plan.visits().size()).isLessThan((int) (0.62 * plan.naive()));
        PlanChecks.assertFeasible(problem, plan);
    }

    @Test
    void mergesDemandsOfOneFirmWithOverlappingWindowsIntoOneJointVisit() {
        Shop shop = new Shop("s1", "东湖周记餐饮店", 30.75, 120.76, RiskGrade.B, false);
        List<Demand> demands = List.of(
                new Demand("d1", "s1", "market", MONDAY, MONDAY.plusDays(4), 60, DemandKind.ROUTINE),
                new Demand("d2", "s1", "fire", MONDAY.plusDays(2), MONDAY.plusDays(9), 45, DemandKind.ROUTINE),
                new Demand("d3", "s1", "health", MONDAY.plusDays(3), MONDAY.plusDays(3), 30, DemandKind.ROUTINE));
        PlanResult plan = planner.plan(new PlanningProblem(List.of(shop), demands, weekdays(MONDAY, 10, 240,
                "market", "fire", "health")));
        assertThat(plan.visits()).singleElement().satisfies(v -> {
            assertThat(v.date()).isEqualTo(MONDAY.plusDays(3));
            assertThat(v.departments()).containsExactly("fire", "health", "market");
        });
        assertThat(plan.jointRate()).isEqualTo(1.0);
    }

    @Test
    void dropsRoutineDemandsOnExemptFirmsButKeepsTriggeredOnes() {
        Shop exempt = new Shop("s1", "白名单商户", 30.75, 120.76, RiskGrade.C, true);
        List<Demand> demands = List.of(
                new Demand("d1", "s1", "market", MONDAY, MONDAY.plusDays(4), 60, DemandKind.ROUTINE),
                new Demand("d2", "s1", "fire", MONDAY, MONDAY.plusDays(4), 45, DemandKind.TRIGGERED));
        PlanResult plan = planner.plan(new PlanningProblem(List.of(exempt), demands,
                weekdays(MONDAY, 5, 240, "market", "fire")));
        assertThat(plan.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.demand().id()).isEqualTo("d1");
            assertThat(u.reason()).isEqualTo(Unplaced.Reason.EXEMPT);
        });
        assertThat(plan.placedDemands()).isEqualTo(1);
        assertThat(plan.naive()).isEqualTo(1);
    }

    @Test
    void whenCapacityIsShortTriggeredAndHighRiskDemandsArePlacedFirst() {
        List<Shop> shops = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        RiskGrade[] grades = {RiskGrade.C, RiskGrade.C, RiskGrade.A, RiskGrade.B};
        for (int i = 0; i < grades.length; i++) {
            shops.add(new Shop("s" + i, "商户" + i, 30.7, 120.7, grades[i], false));
            demands.add(new Demand("d" + i, "s" + i, "market", MONDAY, MONDAY.plusDays(1), 60,
                    i == 1 ? DemandKind.TRIGGERED : DemandKind.ROUTINE));
        }
        PlanResult plan = planner.plan(new PlanningProblem(shops, demands, weekdays(MONDAY, 2, 60, "market")));
        assertThat(plan.placedDemands()).isEqualTo(2);
        assertThat(plan.visits()).extracting(PlannedVisit::shopId).containsExactlyInAnyOrder("s1", "s2");
        assertThat(plan.unplaced()).allSatisfy(u -> assertThat(u.reason()).isEqualTo(Unplaced.Reason.CAPACITY_TAKEN));
    }

    @Test
    void demandWithoutAnyStaffedDayInItsWindowIsReportedAsSuch() {
        Shop shop = new Shop("s1", "周末商户", 30.75, 120.76, RiskGrade.A, false);
        LocalDate saturday = MONDAY.plusDays(5);
        Demand weekend = new Demand("d1", "s1", "fire", saturday, saturday.plusDays(1), 30, DemandKind.TRIGGERED);
        PlanResult plan = planner.plan(new PlanningProblem(List.of(shop), List.of(weekend),
                weekdays(MONDAY, 14, 240, "fire")));
        assertThat(plan.unplaced()).singleElement()
                .extracting(Unplaced::reason).isEqualTo(Unplaced.Reason.NO_CAPACITY_IN_WINDOW);
        assertThat(plan.summary()).contains("unplaced=1");
    }

    @Test
    void plansBetterThanTheGreedyBaselineOnARealisticInstance() {
        PlanningProblem problem = new InstanceGenerator(300, 7, 4, 2.0, 1.2, MONDAY, 11).generate();
        PlanResult joint = planner.plan(problem);
        PlanResult greedy = new GreedyPlanner().plan(problem);
        PlanChecks.assertFeasible(problem, greedy);
        assertThat(joint.unplacedCount()).isLessThanOrEqualTo(greedy.unplacedCount());
        assertThat(joint.visits().size()).isLessThan(greedy.visits().size());
        assertThat(joint.jointRate()).isGreaterThan(greedy.jointRate());
    }

    @Test
    void summaryLineHasTheAgreedFormat() {
        PlanResult plan = planner.plan(new InstanceGenerator(40, 3, 2, 2.0, 1.5, MONDAY, 3).generate());
        assertThat(plan.summary()).matches("visits=\\d+ demands=\\d+ naive=\\d+ lower_bound=\\d+ ratio=\\d+\\.\\d\\d "
                + "joint_rate=[01]\\.\\d\\d unplaced=\\d+ solve_s=\\d+\\.\\d+");
    }

    static Capacities weekdays(LocalDate from, int days, int minutes, String... departments) {
        Map<String, Map<LocalDate, Integer>> all = new java.util.HashMap<>();
        for (String dept : departments) {
            Map<LocalDate, Integer> byDay = new java.util.HashMap<>();
            for (int i = 0; i < days; i++) {
                LocalDate day = from.plusDays(i);
                if (day.getDayOfWeek().getValue() <= 5) {
                    byDay.put(day, minutes);
                }
            }
            all.put(dept, byDay);
        }
        return new Capacities(all);
    }
}
