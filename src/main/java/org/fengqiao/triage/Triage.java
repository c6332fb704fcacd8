package org.fengqiao.triage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.triage.classifier.SparseVector;
import org.fengqiao.triage.classifier.TextModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage for other modules: which category a case text belongs to (and whether that is sure enough to route it
 * without a dispatcher), which unit handles a category in a jurisdiction, which texts look like duplicates, and
 * the dispatchers' corrections that later retrain the model.
 */
@Service
public class Triage {

    private static final int TOP = 3;

    private final ActiveModel active;
    private final Routes routes;
    private final Corrections corrections;
    private final TriageSettings settings;

    Triage(ActiveModel active, Routes routes, Corrections corrections, TriageSettings settings) {
        this.active = active;
        this.routes = routes;
        this.corrections = corrections;
        this.settings = settings;
    }

    /**
     * The three most likely categories of {@code title + "\n" + body}. Never fails on odd text: an empty or
     * punctuation-only text still gets scores, but always needs a person.
     */
    public Suggestion suggest(String title, String body) {
        String text = text(title, body);
        ActiveModel.Loaded loaded = active.get();
        double[] p = loaded.model().probabilities(text);
        List<CategoryScore> scores = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            scores.add(new CategoryScore(loaded.model().labels().get(k), p[k]));
        }
        scores.sort(Comparator.comparingDouble(CategoryScore::confidence).reversed());
        List<CategoryScore> top = scores.subList(0, Math.min(TOP, scores.size()));
        boolean sure = top.get(0).confidence() >= settings.autoRouteThreshold() && hasWords(text);
        return new Suggestion(top, sure, settings.autoRouteThreshold(), loaded.version());
    }

    /** The categories the active model knows. */
    public List<String> categories() {
        return active.get().model().labels();
    }

    /** The unit that handles {@code category} at {@code jurisdictionPath}: the route of the deepest jurisdiction. */
    public Optional<UUID> suggestUnit(String category, String jurisdictionPath) {
        if (category == null || jurisdictionPath == null) {
            return Optional.empty();
        }
        return routes.resolve(category, jurisdictionPath).map(Route::unitId);
    }

    /**
     * Stores that a person set the category of a case by hand. A later retrain learns from it.
     *
     * @throws InvalidInput when {@code corrected} is not a known category
     * @throws Forbidden    when {@code by} is not staff who may classify cases
     */
    @Transactional
    public void recordCorrection(UUID caseId, String title, String body, String predicted, String corrected,
            Actor by) {
        if (by == null || by.isAnonymous() || !by.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD, Role.HANDLER,
                Role.OFFICER)) {
            throw new Forbidden("error.forbidden");
        }
        if (caseId == null) {
            throw new InvalidInput("caseId", "triage.error.caseId");
        }
        if (corrected == null || !categories().contains(corrected)) {
            throw new InvalidInput("category", "triage.error.category", corrected == null ? "" : corrected);
        }
        corrections.add(caseId, text(title, body), predicted, corrected, by.username(), active.get().version());
    }

    /** Candidates at least as similar as the configured threshold, most similar first. */
    public List<Similar> findSimilar(String text, Collection<Candidate> candidates) {
        return findSimilar(text, candidates, settings.similarityThreshold());
    }

    /** Candidates whose TF-IDF cosine similarity to {@code text} is at least {@code threshold}, most similar first. */
    public List<Similar> findSimilar(String text, Collection<Candidate> candidates, double threshold) {
        TextModel model = active.get().model();
        SparseVector query = model.vector(text == null ? "" : text);
        List<Similar> similar = new ArrayList<>();
        for (Candidate c : candidates) {
            double s = query.dot(model.vector(c.text() == null ? "" : c.text()));
            if (s >= threshold && query.size() > 0) {
                similar.add(new Similar(c.id(), Math.min(1, s)));
            }
        }
        similar.sort(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(Similar::id));
        return similar;
    }

    private static String text(String title, String body) {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
