package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the {@link EscalationView} of a case for a viewer. */
@Component
class EscalationViews {

    private final EscalationLadders ladders;
    private final CaseEscalations escalations;
    private final Whistles whistles;
    private final Units units;
    private final MessageSource messages;

    EscalationViews(EscalationLadders ladders, CaseEscalations escalations, Whistles whistles, Units units,
            MessageSource messages) {
        this.ladders = ladders;
        this.escalations = escalations;
        this.whistles = whistles;
        this.units = units;
        this.messages = messages;
    }

    /** The case's ladder view; empty when the case is on no ladder. {@code reporter}: the viewer is its reporter. */
    Optional<EscalationView> of(Case c, Actor actor, boolean reporter, Instant now) {
        Optional<CaseEscalations.Position> position = escalations.find(c.id().value());
        if (position.isEmpty()) {
            return Optional.empty();
        }
        CaseEscalations.Position p = position.get();
        EscalationLadder ladder = ladders.find(p.ladderId()).orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        List<EscalationView.Step> steps = ladder.rungs().stream().map(r -> new EscalationView.Step(r.position(),
                r.label(), partyName(r, c, locale), messages.getMessage("casework.limit." + r.stage().unit(),
                        new Object[] {r.stage().amount()}, locale), r.position() <= p.rung())).toList();
        boolean open = whistles.refusal(c, p, now).isEmpty();
        Instant nextDue = ladder.rung(p.rung() + 1).filter(r -> Lifecycle.allows(c.status(), Action.ESCALATE))
                .map(r -> whistles.due(r, p, c.leadUnitId())).orElse(null);
        List<CaseEscalations.Entry> entries = escalations.log(c.id().value());
        Map<Integer, Instant> whistledAt = new HashMap<>();
        List<EscalationView.Line> lines = new ArrayList<>();
        boolean pendingForViewer = false;
        for (CaseEscalations.Entry e : entries) {
            Duration toArrive = null;
            if (e.kind() == CaseEscalations.Kind.WHISTLE) {
                whistledAt.put(e.rung(), e.at());
            } else if (whistledAt.containsKey(e.rung())) {
                toArrive = Duration.between(whistledAt.get(e.rung()), e.at());
            }
            lines.add(new EscalationView.Line(e.at(), e.kind().name(), e.rung(), e.label(), unitName(e.unitId()),
                    e.trigger(), e.actor(), toArrive));
        }
        if (actor != null && actor.hasAny(Role.HANDLER, Role.HEAD, Role.OFFICER)) {
            pendingForViewer = entries.stream().anyMatch(w -> w.kind() == CaseEscalations.Kind.WHISTLE
                    && w.unitId() != null && actor.memberOf(w.unitId()) && entries.stream()
                    .noneMatch(a -> a.kind() == CaseEscalations.Kind.ARRIVAL && a.rung() == w.rung()));
        }
        return Optional.of(new EscalationView(ladder.name(), p.rung(), steps, nextDue, reporter && open,
                pendingForViewer, lines));
    }

    private String partyName(EscalationLadder.Rung r, Case c, Locale locale) {
        return switch (r.kind()) {
            case UNIT -> unitName(r.unitId());
            case LEAD -> messages.getMessage("casework.escalation.party.LEAD", null, locale);
            case UNIT_KIND -> unitName(whistles.party(r, c));
        };
    }

    private String unitName(UUID id) {
        return id == null ? "" : units.find(id).map(Unit::name).orElse("");
    }
}
