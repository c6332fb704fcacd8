package org.fengqiao.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.casework.CaseAssigned;
import org.fengqiao.casework.CaseCancelled;
import org.fengqiao.casework.CaseClosed;
import org.fengqiao.casework.CaseRejected;
import org.fengqiao.casework.CaseReopened;
import org.fengqiao.casework.CaseRouting;
import org.fengqiao.casework.CaseStatus;
import org.fengqiao.casework.CaseSubmitted;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.CreditCode;
import org.fengqiao.subject.Enterprises;
import org.fengqiao.triage.duplicates.MinHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Triage of every new case, after casework committed it: stores the top-3 suggestion and the suggested unit,
 * indexes the text for duplicate search, and routes the case as the system when the model is sure and a route
 * exists; otherwise the case waits in the dispatcher's triage queue. Follows closes and reopens so that queue,
 * duplicates and checklists only show open cases.
 */
@Component
class IntakeTriage {

    private static final Logger log = LoggerFactory.getLogger(IntakeTriage.class);

    private final Triage triage;
    private final TriagedCases triaged;
    private final CaseRouting routing;
    private final TriageSettings settings;
    private final Enterprises enterprises;

    IntakeTriage(Triage triage, TriagedCases triaged, CaseRouting routing, TriageSettings settings,
            Enterprises enterprises) {
        this.enterprises = enterprises;
        this.triage = triage;
        this.triaged = triaged;
        this.routing = routing;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(CaseSubmitted e) {
        Suggestion s = triage.suggest(e.title(), e.description());
        Optional<UUID> unit = triage.suggestUnit(s.best().category(), e.jurisdictionPath());
        boolean fresh = Duration.between(e.at(), Instant.now()).compareTo(settings.autoRouteWindow()) <= 0;
        boolean route = settings.autoRoute() && s.autoRoute() && unit.isPresent() && fresh;
        String text = (e.title() == null ? "" : e.title()) + "\n" + (e.description() == null ? "" : e.description());
        TriagedCases.Row row = new TriagedCases.Row(e.caseId().value(), e.number(), e.title(), text,
                e.jurisdictionPath(), e.at(), s.top(), unit.orElse(null), s.modelVersion(),
                TriagedCases.Outcome.QUEUED, s.best().category(), null, true);
        if (!triaged.add(row, MinHash.bands(text))) {
            return;
        }
        industryOf(e.creditCode()).ifPresent(industry -> triaged.setIndustry(e.caseId().value(), industry));
        if (route && routing.routeAutomatically(e.caseId(), unit.get(), why(s))) {
            triaged.setOutcome(e.caseId().value(), TriagedCases.Outcome.AUTO_ROUTED, s.best().category(), null);
            log.debug("case {} routed automatically: {}", e.number(), why(s));
        } else {
            catchUp(e);
        }
    }

    /** The industry of the registered enterprise with this credit code, for the checklists. */
    private Optional<String> industryOf(String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        try {
            return enterprises.findByCreditCode(new CreditCode(creditCode)).map(en -> en.details().industry());
        } catch (InvalidInput notACode) {
            return Optional.empty();
        }
    }

    /** Events of later steps may have been handled before this one: take the case's current state. */
    private void catchUp(CaseSubmitted e) {
        routing.brief(e.caseId()).ifPresent(b -> {
            if (b.status() != CaseStatus.SUBMITTED && b.status() != CaseStatus.ACCEPTED) {
                triaged.leaveQueue(e.caseId().value());
            }
            if (!b.status().isOpen()) {
                triaged.setOpen(e.caseId().value(), false, e.at());
            }
        });
    }

    @ApplicationModuleListener
    void on(CaseAssigned e) {
        triaged.leaveQueue(e.caseId().value());
    }

    @ApplicationModuleListener
    void on(CaseClosed e) {
        triaged.setOpen(e.caseId().value(), false, e.at());
    }

    @ApplicationModuleListener
    void on(CaseCancelled e) {
        triaged.setOpen(e.caseId().value(), false, e.at());
    }

    @ApplicationModuleListener
    void on(CaseRejected e) {
        triaged.setOpen(e.caseId().value(), false, e.at());
    }

    @ApplicationModuleListener
    void on(CaseReopened e) {
        triaged.setOpen(e.caseId().value(), true, e.at());
    }

    /** The history note of an automatic route (stored in Chinese, as all case notes). */
    private static String why(Suggestion s) {
        return String.format(Locale.ROOT, "智能分拨：%s（置信度 %.2f，阈值 %.2f，模型 v%d）", s.best().category(),
                s.best().confidence(), s.threshold(), s.modelVersion());
    }
}
