package org.fengqiao.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing commands for other modules (triage): accept a new case and assign it to one unit, either as the system
 * after a sure classification or as a dispatcher picking from the triage queue; and merging duplicates.
 * Every step goes through the aggregate, so history, version check and events are the same as on the workbench.
 */
@Service
public class CaseRouting {

    /** The machine actor: sees every jurisdiction, acts in the dispatcher's place. */
    static final Actor SYSTEM = new Actor(null, "system", "系统", Set.of(Role.DISPATCHER), Set.of(), List.of("/"));

    /** What a caller outside casework may know of a case it routes. */
    public record Brief(CaseId id, String number, String title, CaseStatus status, String jurisdictionPath) {
    }

    private final CaseHandling handling;
    private final Units units;

    CaseRouting(CaseHandling handling, Units units) {
        this.handling = handling;
        this.units = units;
    }

    /**
     * Accepts and assigns a case that is still as submitted, as the system; the note says why (category,
     * confidence, model). Returns false, changing nothing, when a person has already taken the case on.
     */
    @Transactional
    public boolean routeAutomatically(CaseId id, UUID unitId, String why) {
        Case c = handling.get(id, SYSTEM);
        if (c.status() != CaseStatus.SUBMITTED) {
            return false;
        }
        route(c, unitId, why, SYSTEM, Channel.SYSTEM);
        return true;
    }

    /** A dispatcher routes a case to one unit: accepts it first when it is still as submitted. */
    @Transactional
    public void route(CaseId id, UUID unitId, String note, Actor actor) {
        route(handling.get(id, actor), unitId, note, actor, Channel.WORKBENCH);
    }

    /** The case as this actor may see it (empty when not). */
    public Optional<Brief> brief(CaseId id, Actor actor) {
        try {
            Case c = handling.get(id, actor);
            return Optional.of(new Brief(c.id(), c.number(), c.draft().title(), c.status(),
                    c.draft().jurisdictionPath()));
        } catch (org.fengqiao.shared.NotFound e) {
            return Optional.empty();
        }
    }

    /** The case as it stands now, for modules that follow cases through events that may arrive late. */
    public Optional<Brief> brief(CaseId id) {
        return brief(id, SYSTEM);
    }

    private void route(Case c, UUID unitId, String note, Actor actor, Channel channel) {
        String code = units.find(unitId).filter(Unit::active).map(Unit::code)
                .orElseThrow(() -> new InvalidInput("unit", "casework.error.unit", String.valueOf(unitId)));
        long version = c.version();
        if (c.status() == CaseStatus.SUBMITTED) {
            handling.act(c.id(), Action.ACCEPT, new CaseCommand(version, note, null, null, null, null, null, null,
                    null, null), actor, channel);
            version++;
        }
        handling.act(c.id(), Action.ASSIGN, new CaseCommand(version, note, null, List.of(code), code, null, null,
                null, null, null), actor, channel);
    }
}
