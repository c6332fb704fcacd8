package org.fengqiao.casework;

import java.time.Instant;

import org.fengqiao.org.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps on a case for modules that own the work behind it (an inspection's rectification order is followed up by
 * a re-inspection): a progress note, resolve and reply, or a note that the work was escalated. Each step goes through the aggregate as the actor, with
 * the same permission, version and history rules as on the case page.
 */
@Service
public class CaseSteps {

    private final CaseHandling handling;
    private final Cases cases;

    CaseSteps(CaseHandling handling, Cases cases) {
        this.handling = handling;
        this.cases = cases;
    }

    /**
     * Notes on the case's history, as the system, that the work behind it was escalated outside the case's ladder
     * (an escalation entry; the state stays). False, and nothing written, when the case is gone or no longer in work.
     */
    @Transactional
    public boolean noteEscalation(CaseId id, String note) {
        Case c = cases.find(id).orElse(null);
        if (c == null || !Lifecycle.allows(c.status(), Action.ESCALATE)) {
            return false;
        }
        c.noteEscalation(new By(null, "system", org.fengqiao.org.Role.ADMIN, Channel.SYSTEM, Instant.now()), note);
        cases.save(c);
        return true;
    }

    /** A progress note by the lead unit; the case is acknowledged first when it is still only assigned. */
    @Transactional
    public void progress(CaseId id, String note, Actor actor) {
        Case c = acknowledged(id, actor);
        handling.act(id, Action.PROGRESS, new CaseCommand(c.version(), note, null, null, null, null, null, null, null,
                null), actor, Channel.WORKBENCH);
    }

    /** Resolves the case with its result and replies to the reporter, acknowledging it first when needed. */
    @Transactional
    public void resolveAndReply(CaseId id, String result, String reply, Actor actor) {
        Case c = acknowledged(id, actor);
        c = handling.act(id, Action.RESOLVE, new CaseCommand(c.version(), null, null, null, null, null, result, null,
                null, null), actor, Channel.WORKBENCH);
        handling.act(id, Action.REPLY, new CaseCommand(c.version(), null, null, null, null, null, null, reply, null,
                null), actor, Channel.WORKBENCH);
    }

    private Case acknowledged(CaseId id, Actor actor) {
        Case c = handling.get(id, actor);
        if (c.status() == CaseStatus.ASSIGNED) {
            c = handling.act(id, Action.ACKNOWLEDGE, CaseCommand.version(c.version()), actor, Channel.WORKBENCH);
        }
        return c;
    }
}
