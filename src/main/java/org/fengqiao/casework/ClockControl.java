package org.fengqiao.casework;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a case's clock: pause with a reason and resume (the lead unit or the dispatcher), extension requests
 * (the lead unit) decided by the lead unit's head (延期), and the class of the case (urgency, fast track 快响; the
 * dispatcher). Each checks the case version the client saw and locks the clock, so it never silently crosses
 * another edit, and is written to the case's append-only clock log.
 */
@Service
class ClockControl {

    static final int LONGEST_REASON = 500;
    private static final Set<CaseStatus> FINAL = EnumSet.of(CaseStatus.CLOSED, CaseStatus.CANCELLED,
            CaseStatus.REJECTED);

    private final CaseHandling handling;
    private final CaseClocks clocks;
    private final Extensions extensions;
    private final TimeLimits limits;
    private final JdbcClient jdbc;

    ClockControl(CaseHandling handling, CaseClocks clocks, Extensions extensions, TimeLimits limits, JdbcClient jdbc) {
        this.handling = handling;
        this.clocks = clocks;
        this.extensions = extensions;
        this.limits = limits;
        this.jdbc = jdbc;
    }

    @Transactional
    void pause(CaseId id, long version, String reason, Actor actor, Instant now) {
        Case c = working(id, actor);
        check(c, version);
        String why = reason(reason);
        TimeLimits.Snapshot s = limits.snapshot(id.value(), now);
        if (s.clock().paused()) {
            throw new ClockRefused("casework.clock.alreadyPaused");
        }
        if (s.phase(Phase.RESOLVE).state() == PhaseClock.State.RED) {
            throw new ClockRefused("casework.clock.overdueCannotPause");
        }
        clocks.pause(id.value(), now, why);
        done(id, now, actor, "PAUSE", why);
    }

    @Transactional
    void resume(CaseId id, long version, Actor actor, Instant now) {
        Case c = working(id, actor);
        check(c, version);
        CaseClock clock = limits.snapshot(id.value(), now).clock();
        if (!clock.paused()) {
            throw new ClockRefused("casework.clock.notPaused");
        }
        clocks.resume(clock, now);
        done(id, now, actor, "RESUME", clock.pauseReason());
    }

    @Transactional
    UUID requestExtension(CaseId id, long version, Integer amount, String reason, Actor actor, Instant now) {
        Case c = working(id, actor);
        check(c, version);
        if (amount == null || amount < 1 || amount > 60) {
            throw new InvalidInput("amount", "casework.clock.extensionAmount", 60);
        }
        String why = reason(reason);
        if (extensions.of(id.value()).stream().anyMatch(e -> e.decision() == Extensions.Decision.PENDING)) {
            throw new ClockRefused("casework.clock.extensionPending");
        }
        UUID extensionId = UUID.randomUUID();
        extensions.add(new Extensions.Extension(extensionId, id.value(), amount, why, actor.displayName(), now,
                Extensions.Decision.PENDING, null, null));
        done(id, now, actor, "EXTENSION_REQUESTED", "+" + amount + " · " + why);
        return extensionId;
    }

    /** The lead unit's head approves or refuses a pending request; an approval moves the resolve due time. */
    @Transactional
    void decideExtension(CaseId id, UUID extensionId, long version, boolean approve, Actor actor, Instant now) {
        Case c = handling.get(id, actor);
        if (!(actor.has(Role.HEAD) && actor.memberOf(c.leadUnitId()))) {
            throw new Forbidden("casework.clock.onlyHead");
        }
        check(c, version);
        Extensions.Extension e = extensions.find(extensionId).filter(x -> x.caseId().equals(id.value()))
                .orElseThrow(() -> new NotFound("extension", extensionId));
        if (e.decision() != Extensions.Decision.PENDING || FINAL.contains(c.status())) {
            throw new ClockRefused("casework.clock.extensionDecided");
        }
        Extensions.Decision decision = approve ? Extensions.Decision.APPROVED : Extensions.Decision.REFUSED;
        if (!extensions.decide(extensionId, decision, actor.displayName(), now)) {
            throw new ClockRefused("casework.clock.extensionDecided");
        }
        done(id, now, actor, "EXTENSION_" + decision.name(), "+" + e.amount());
    }

    /** The dispatcher sets the class of the case; its limits follow from the matching policy at once. */
    @Transactional
    void classify(CaseId id, long version, Urgency urgency, boolean fastTrack, Actor actor, Instant now) {
        Case c = handling.get(id, actor);
        if (!(actor.hasAny(Role.DISPATCHER, Role.ADMIN) && actor.covers(c.draft().jurisdictionPath()))) {
            throw new Forbidden("casework.clock.onlyDispatcher");
        }
        check(c, version);
        if (urgency == null) {
            throw new InvalidInput("urgency", "casework.error.required");
        }
        if (FINAL.contains(c.status())) {
            throw new ClockRefused("casework.clock.final");
        }
        clocks.classify(id.value(), urgency, fastTrack);
        done(id, now, actor, "CLASSIFY", urgency.name() + (fastTrack ? " · FAST_TRACK" : ""));
    }

    /** Pause, resume and extension requests: the lead unit's staff or the dispatcher, while the unit works. */
    private Case working(CaseId id, Actor actor) {
        Case c = handling.get(id, actor);
        boolean lead = actor.hasAny(Role.HANDLER, Role.HEAD) && actor.memberOf(c.leadUnitId());
        boolean dispatcher = actor.hasAny(Role.DISPATCHER, Role.ADMIN) && actor.covers(c.draft().jurisdictionPath());
        if (!lead && !dispatcher) {
            throw new Forbidden("casework.clock.notPermitted");
        }
        if (!TimeLimits.UNIT_WORKING.contains(c.status())) {
            throw new ClockRefused("casework.clock.notWorking");
        }
        return c;
    }

    /**
     * The client must have seen the case as it is; the clock row is locked, so two clock changes never cross
     * (the second sees the first's result and is refused or applied on top). Clock changes are not case state
     * changes: they go to the clock log, not the case history, and leave the case version alone.
     */
    private void check(Case c, long expected) {
        if (c.version() != expected) {
            throw new StaleVersion(c.id(), expected, c.version());
        }
        // the case row first, then its clock: the order of every other writer of both (a recompute here updates
        // the case's due time after the clock)
        jdbc.sql("SELECT 1 FROM cases WHERE id = ? FOR NO KEY UPDATE").param(c.id().value()).query(Integer.class)
                .optional();
        jdbc.sql("SELECT 1 FROM case_clock WHERE case_id = ? FOR UPDATE").param(c.id().value()).query(Integer.class)
                .optional();
    }

    private void done(CaseId id, Instant now, Actor actor, String action, String note) {
        clocks.log(id.value(), now, actor.displayName(), action, note);
        limits.recompute(id.value(), now);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "casework.error.required");
        }
        if (reason.length() > LONGEST_REASON) {
            throw new InvalidInput("reason", "casework.error.tooLong", LONGEST_REASON);
        }
        return reason.strip();
    }
}
