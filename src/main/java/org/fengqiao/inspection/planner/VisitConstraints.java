package org.fengqiao.inspection.planner;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The rules of a weekly joint plan, in the order they matter. */
public class VisitConstraints implements ConstraintProvider {

    /** Weight of one triggered day of delay against one unit of load imbalance. */
    static final long DELAY_WEIGHT = 400;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                departmentCapacity(factory),
                unplacedVisit(factory),
                triggeredInspectionSoon(factory),
                balancedLoad(factory)
        };
    }

    /** A department cannot send more staff time on a day than it has. */
    Constraint departmentCapacity(ConstraintFactory factory) {
        return factory.forEach(CandidateVisit.class)
                .flattenLast(CandidateVisit::dayLoads)
                .groupBy(DayLoad::day, sum(DayLoad::minutes))
                .filter((day, used) -> used > day.capacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (day, used) -> used - day.capacity())
                .asConstraint("department capacity");
    }

    /** Every demand should be met; if not, drop triggered and high-risk demands last. */
    Constraint unplacedVisit(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(CandidateVisit.class)
                .filter(v -> v.getDate() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, CandidateVisit::getWeight)
                .asConstraint("unplaced visit");
    }

    /** A triggered inspection answers a complaint or alert: the sooner the better. */
    Constraint triggeredInspectionSoon(ConstraintFactory factory) {
        return factory.forEach(CandidateVisit.class)
                .filter(CandidateVisit::isTriggered)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, v -> DELAY_WEIGHT * v.triggeredDelayDays())
                .asConstraint("triggered inspection soon");
    }

    /** Spread each department's work over its days (squared load in percent), not all on Monday. */
    Constraint balancedLoad(ConstraintFactory factory) {
        return factory.forEach(CandidateVisit.class)
                .flattenLast(CandidateVisit::dayLoads)
                .groupBy(DayLoad::day, sum(DayLoad::minutes))
                .filter((day, used) -> day.capacity() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (day, used) -> percentSquared(used, day.capacity()))
                .asConstraint("balanced load");
    }

    static long percentSquared(int used, int capacity) {
        long percent = 100L * used / capacity;
        return percent * percent;
    }
}
