package org.fengqiao.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.org.Actor;
import org.fengqiao.triage.duplicates.MinHash;
import org.springframework.stereotype.Service;

/**
 * Possible duplicates of a case among the open cases the actor may see: candidates come from the LSH buckets
 * (no all-pairs scan), then are scored by TF-IDF cosine; a candidate from the same town or community needs a
 * little less text similarity than one from elsewhere, because the same place makes the same problem likelier.
 */
@Service
class Duplicates {

    /** How much lower the cosine threshold is for a candidate in the same community (same path). */
    static final double SAME_PLACE_BONUS = 0.1;

    /** A possible duplicate, with the similarity and whether it comes from the same place. */
    record Match(TriagedCases.Row row, double similarity, boolean samePlace) {
    }

    private final TriagedCases triaged;
    private final Triage triage;
    private final TriageSettings settings;

    Duplicates(TriagedCases triaged, Triage triage, TriageSettings settings) {
        this.triaged = triaged;
        this.triage = triage;
        this.settings = settings;
    }

    List<Match> of(TriagedCases.Row target, Actor actor) {
        List<TriagedCases.Row> candidates = triaged.sharingBuckets(target.caseId(), MinHash.bands(target.text()),
                actor.jurisdictionPaths());
        Map<String, TriagedCases.Row> byId = candidates.stream()
                .collect(Collectors.toMap(r -> r.caseId().toString(), Function.identity()));
        double floor = settings.similarityThreshold() - SAME_PLACE_BONUS;
        List<Match> out = new ArrayList<>();
        for (Similar s : triage.findSimilar(target.text(),
                candidates.stream().map(r -> new Candidate(r.caseId().toString(), r.text())).toList(), floor)) {
            TriagedCases.Row r = byId.get(s.id());
            boolean samePlace = r.jurisdictionPath().equals(target.jurisdictionPath());
            if (samePlace || s.similarity() >= settings.similarityThreshold()) {
                out.add(new Match(r, s.similarity(), samePlace));
            }
        }
        out.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return out;
    }
}
