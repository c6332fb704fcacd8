package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

class VisitConstraintsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Capacities CAPACITY = new Capacities(Map.of(
            "market", Map.of(MONDAY, 120, MONDAY.plusDays(1), 120),
            "fire", Map.of(MONDAY, 60, MONDAY.plusDays(1), 60)));

    private final ConstraintVerifier<VisitConstraints, VisitSchedule> verifier = ConstraintVerifier.build(
            new VisitConstraints(), VisitSchedule.class, CandidateVisit.class);

    @Test
    void departmentCannotWorkMoreMinutesThanItHasOnADay() {
        CandidateVisit a = visit("a", demand("s1", "market", 90, DemandKind.ROUTINE), MONDAY);
        CandidateVisit b = visit("b", demand("s2", "market", 60, DemandKind.ROUTINE), MONDAY);
        CandidateVisit c = visit("c", demand("s3", "market", 60, DemandKind.ROUTINE), MONDAY.plusDays(1));
        verifier.verifyThat(VisitConstraints::departmentCapacity).given(a, b, c).penalizesBy(30);
    }

    @Test
    void unplacedVisitCostsItsPriorityWeight() {
        CandidateVisit placed = visit("a", demand("s1", "market", 30, DemandKind.ROUTINE), MONDAY);
        CandidateVisit left = visit("b", demand("s2", "fire", 30, DemandKind.TRIGGERED), null);
        verifier.verifyThat(VisitConstraints::unplacedVisit).given(placed, left).penalizesBy(left.getWeight());
    }

    @Test
    void triggeredInspectionPaysForEveryDayOfDelay() {
        Demand triggered = new Demand("t", "s1", "fire", MONDAY, MONDAY.plusDays(2), 30, DemandKind.TRIGGERED);
        CandidateVisit late = visit("a", triggered, MONDAY.plusDays(1));
        CandidateVisit routine = visit("b", demand("s2", "fire", 30, DemandKind.ROUTINE), MONDAY.plusDays(1));
        verifier.verifyThat(VisitConstraints::triggeredInspectionSoon).given(late, routine)
                .penalizesBy(VisitConstraints.DELAY_WEIGHT);
    }

    @Test
    void loadIsPenalisedBySquaredPercentOfTheDaysCapacity() {
        CandidateVisit a = visit("a", demand("s1", "market", 60, DemandKind.ROUTINE), MONDAY);
        CandidateVisit b = visit("b", demand("s2", "fire", 30, DemandKind.ROUTINE), MONDAY);
        verifier.verifyThat(VisitConstraints::balancedLoad).given(a, b).penalizesBy(50 * 50 + 50 * 50);
    }

    @Test
    void spreadingLoadScoresBetterThanPilingItOnOneDay() {
        CandidateVisit a = visit("a", demand("s1", "market", 60, DemandKind.ROUTINE), MONDAY);
        CandidateVisit b = visit("b", demand("s2", "market", 60, DemandKind.ROUTINE), MONDAY.plusDays(1));
        verifier.verifyThat(VisitConstraints::balancedLoad).given(a, b).penalizesBy(2 * 50 * 50);
        b.setDate(MONDAY);
        verifier.verifyThat(VisitConstraints::balancedLoad).given(a, b).penalizesBy(100 * 100);
    }

    private static Demand demand(String shop, String dept, int minutes, DemandKind kind) {
        return new Demand(shop + dept, shop, dept, MONDAY, MONDAY.plusDays(1), minutes, kind);
    }

    private static CandidateVisit visit(String id, Demand d, LocalDate date) {
        CandidateVisit v = new CandidateVisit(id, d.shopId(), List.of(d), CAPACITY,
                List.of(MONDAY, MONDAY.plusDays(1)), Intake.priority(d, null));
        v.setDate(date);
        return v;
    }
}
