package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out commands on cases for an actor: finds the case (404 when the actor may not see it), checks that the
 * actor may take the step (403), lets the aggregate apply it, saves with the version check and publishes the
 * aggregate's events in the same transaction.
 */
@Service
class CaseHandling {

    private final Cases cases;
    private final CaseAccess access;
    private final LeadUnitPolicy leadUnits;
    private final ReturnPolicy returns;
    private final ClosurePolicy closures;
    private final TimeLimits timeLimits;
    private final Units units;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    CaseHandling(Cases cases, CaseAccess access, LeadUnitPolicy leadUnits, ReturnPolicy returns, ClosurePolicy closures,
            TimeLimits timeLimits, Units units, Attachments attachments, ApplicationEventPublisher events) {
        this.cases = cases;
        this.access = access;
        this.leadUnits = leadUnits;
        this.returns = returns;
        this.closures = closures;
        this.timeLimits = timeLimits;
        this.units = units;
        this.attachments = attachments;
        this.events = events;
    }

    Case get(CaseId id, Actor actor) {
        return cases.find(id).filter(c -> access.maySee(actor, c)).orElseThrow(() -> new NotFound("case", id));
    }

    @Transactional
    Case act(CaseId id, Action action, CaseCommand command, Actor actor, Channel channel) {
        return act(id, action, command, actor, channel, Instant.now());
    }

    /** With an explicit time, for demo histories. */
    @Transactional
    Case act(CaseId id, Action action, CaseCommand command, Actor actor, Channel channel, Instant now) {
        Case c = get(id, actor);
        access.require(actor, c, action);
        apply(c, action, command, By.actor(actor, channel, now));
        cases.save(c);
        c.drainEvents().forEach(events::publishEvent);
        return c;
    }

    /** Adds a checked photo to a case the actor may see and work on; recorded in the history. */
    @Transactional
    CaseView.AttachmentRef attach(CaseId id, Photo photo, Actor actor, Channel channel) {
        Case c = get(id, actor);
        access.require(actor, c, Action.ATTACH);
        By by = By.actor(actor, channel, Instant.now());
        c.attach(by, photo.fileName());
        cases.save(c);
        return attachments.add(id, photo, by.name(), by.at());
    }

    /** The reporter's verdict from the public tracking page, where the number and lookup code prove who it is. */
    @Transactional
    Case verdictByReporter(Case c, CaseCommand command, By by) {
        apply(c, Action.VERDICT, command, by);
        cases.save(c);
        c.drainEvents().forEach(events::publishEvent);
        return c;
    }

    private void apply(Case c, Action action, CaseCommand cmd, By by) {
        long v = cmd.version();
        switch (action) {
            case ACCEPT -> c.accept(v, by, cmd.note());
            case REJECT -> c.reject(v, by, cmd.reason());
            case ASSIGN -> {
                LeadUnitPolicy.Choice choice = leadUnits.choose(unitIds(cmd.units()), unitId(cmd.lead(), "lead"),
                        c.firstUnitId());
                c.assign(v, by, choice, timeLimits.resolveDue(c.id(), c.draft().category(), choice.lead(), by.at()),
                        cmd.note());
            }
            case RULE -> c.rule(v, by, cmd.note());
            case ACKNOWLEDGE -> c.acknowledge(v, by);
            case RETURN -> c.giveBack(v, by, cmd.returnReason(), cmd.note(), returns);
            case PROGRESS -> c.progress(v, by, cmd.note());
            case RESOLVE -> c.resolve(v, by, cmd.result());
            case REPLY -> c.reply(v, by, cmd.reply());
            case VERDICT -> c.verdict(v, by, cmd.satisfied(), cmd.score(), cmd.note());
            case CLOSE -> c.close(v, by, cmd.note(), closures.kindFor(c.status(), c.repliedAt(), by.at()));
            case CANCEL -> c.cancel(v, by, cmd.reason());
            case REOPEN -> c.reopen(v, by, cmd.reason());
            case SUBMIT, ATTACH, MERGE, ABSORB, ESCALATE -> throw new IllegalTransition(action, c.status());
        }
    }

    private List<UUID> unitIds(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInput("units", "casework.error.required");
        }
        return codes.stream().map(code -> unitId(code, "units")).toList();
    }

    private UUID unitId(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.findByCode(code.strip()).filter(Unit::active).map(Unit::id)
                .orElseThrow(() -> new InvalidInput(field, "casework.error.unit", code));
    }
}
