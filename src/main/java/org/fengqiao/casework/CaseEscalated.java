package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;

/**
 * A whistle blew (吹哨): the case climbed to a rung of its ladder and the rung's party was called in as a co-handling
 * unit. Insight counts escalations per rung from these.
 *
 * @param trigger {@code REPORTER} (the reporter blew it) or {@code AUTO} (the stage's time ran out)
 */
public record CaseEscalated(CaseId caseId, String number, Instant at, int rung, String label, UUID partyUnitId,
        String trigger, Notice notice) implements CaseAudited, Notifiable {

    @Override
    public String auditActor() {
        return "AUTO".equals(trigger) ? "system" : "reporter";
    }

    @Override
    public String auditAction() {
        return "case.escalate";
    }

    @Override
    public String auditDetail() {
        return "rung " + rung + " " + label + " (" + trigger + ")";
    }
}
