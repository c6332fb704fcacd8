package org.fengqiao.inspection.planner;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Timefold's view of one planning run: the candidate visits and the score of their dates. */
@PlanningSolution
public class VisitSchedule {

    @PlanningEntityCollectionProperty
    private List<CandidateVisit> visits;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public VisitSchedule() {
    }

    public VisitSchedule(List<CandidateVisit> visits) {
        this.visits = visits;
    }

    public List<CandidateVisit> getVisits() {
        return visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    VisitSchedule withScoreOf(VisitSchedule solved) {
        this.score = solved.score;
        return this;
    }
}
