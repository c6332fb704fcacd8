package org.fengqiao.inspection.planner;

import java.util.Comparator;

/**
 * Easier visits sort first (the construction heuristic places the hardest first): fewer possible dates and a
 * higher priority weight make a visit harder.
 */
public class CandidateVisitDifficulty implements Comparator<CandidateVisit> {

    private static final Comparator<CandidateVisit> ORDER = Comparator
            .comparingLong(CandidateVisit::getWeight)
            .thenComparing(v -> -v.getPossibleDates().size())
            .thenComparing(v -> v.getDemands().size())
            .thenComparing(CandidateVisit::getId);

    @Override
    public int compare(CandidateVisit a, CandidateVisit b) {
        return ORDER.compare(a, b);
    }
}
