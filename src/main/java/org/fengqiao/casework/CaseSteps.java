package org.fengqiao.casework;

import org.fengqiao.org.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps on a case for modules that own the work behind it (an inspection's rectification order is followed up by
 * a re-inspection): a progress note, or resolve and reply. Each step goes through the aggregate as the actor, with
 * the same permission, version and history rules as on the case page.
 */
@Service
public class CaseSteps {

    private final CaseHandling handling;

    CaseSteps(CaseHandling handling) {
        this.handling = handling;
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
