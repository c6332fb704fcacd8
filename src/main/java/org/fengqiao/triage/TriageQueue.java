package org.fengqiao.triage;

import java.util.List;
import java.util.UUID;

import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseRouting;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's triage queue: cases the model was not sure about, with its top-3. Picking a category routes
 * the case to that category's unit in the case's jurisdiction; a pick other than the model's first choice is
 * stored as a correction for the next retrain.
 */
@Service
class TriageQueue {

    static final int PAGE_SIZE = 20;

    private final TriagedCases triaged;
    private final Triage triage;
    private final CaseRouting routing;

    TriageQueue(TriagedCases triaged, Triage triage, CaseRouting routing) {
        this.triaged = triaged;
        this.triage = triage;
        this.routing = routing;
    }

    List<TriagedCases.Row> list(Actor actor, String category, boolean newestFirst, int page) {
        requireDispatcher(actor);
        return triaged.queue(actor.jurisdictionPaths(), category, newestFirst, page, PAGE_SIZE);
    }

    /** The triage of one case, for staff who cover its place. */
    TriagedCases.Row get(Actor actor, UUID caseId) {
        if (actor.isAnonymous() || !actor.maySeePersonalData() && !actor.has(Role.AUDITOR)) {
            throw new Forbidden("error.forbidden");
        }
        return triaged.find(caseId).filter(r -> actor.covers(r.jurisdictionPath())
                || routing.brief(new CaseId(caseId), actor).isPresent())
                .orElseThrow(() -> new NotFound("case", caseId));
    }

    /** Routes a queued case by the dispatcher's pick; returns the unit it went to. */
    @Transactional
    UUID pick(Actor actor, UUID caseId, String category) {
        requireDispatcher(actor);
        TriagedCases.Row row = triaged.find(caseId).filter(r -> actor.covers(r.jurisdictionPath()))
                .orElseThrow(() -> new NotFound("case", caseId));
        if (category == null || !triage.categories().contains(category)) {
            throw new InvalidInput("category", "triage.error.category", category == null ? "" : category);
        }
        UUID unit = triage.suggestUnit(category, row.jurisdictionPath())
                .orElseThrow(() -> new InvalidInput("category", "triage.error.noRoute", category));
        routing.route(new CaseId(caseId), unit, null, actor);
        String predicted = row.best().category();
        if (!category.equals(predicted)) {
            int nl = row.text().indexOf('\n');
            triage.recordCorrection(caseId, row.text().substring(0, Math.max(0, nl)), row.text().substring(nl + 1),
                    predicted, category, actor);
        }
        triaged.setOutcome(caseId, TriagedCases.Outcome.PICKED, category, actor.username());
        return unit;
    }

    private static void requireDispatcher(Actor actor) {
        if (!actor.hasAny(Role.DISPATCHER, Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
    }
}
