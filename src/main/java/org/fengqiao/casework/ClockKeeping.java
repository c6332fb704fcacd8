package org.fengqiao.casework;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's clock in step with its events, in the transaction of the command that raised them, so a case
 * and its deadlines never disagree. Which actions stop the first-reply clock is the policy's {@code responses}.
 */
@Component
class ClockKeeping {

    private final CaseClocks clocks;
    private final TimeLimits limits;

    ClockKeeping(CaseClocks clocks, TimeLimits limits) {
        this.clocks = clocks;
        this.limits = limits;
    }

    @EventListener
    void on(CaseEvent event) {
        UUID id = event.caseId().value();
        if (event instanceof CaseSubmitted) {
            clocks.start(id, event.at());
        } else if (clocks.find(id).isEmpty()) {
            return;
        }
        if (event instanceof CaseAccepted) {
            clocks.markOnce(id, "accepted_at", event.at());
        } else if (event instanceof CaseRejected) {
            clocks.markOnce(id, "accepted_at", event.at());
            clocks.mark(id, "stopped_at", event.at());
        } else if (event instanceof CaseAssigned e) {
            clocks.assigned(id, e.leadUnitId(), e.at());
        } else if (event instanceof CaseAcknowledged) {
            clocks.markOnce(id, "acknowledged_at", event.at());
            responded(id, Action.ACKNOWLEDGE, event);
        } else if (event instanceof CaseProgressed) {
            responded(id, Action.PROGRESS, event);
        } else if (event instanceof CaseResolved) {
            responded(id, Action.RESOLVE, event);
            clocks.markOnce(id, "resolved_at", event.at());
        } else if (event instanceof CaseReplied) {
            responded(id, Action.REPLY, event);
        } else if (event instanceof CaseReopened) {
            clocks.reopened(id, event.at());
        } else if (event instanceof CaseClosed || event instanceof CaseCancelled) {
            clocks.mark(id, "stopped_at", event.at());
        }
        limits.recompute(id, event.at());
    }

    private void responded(UUID id, Action action, CaseEvent e) {
        if (limits.snapshot(id, e.at()).policy().responses().contains(action)) {
            clocks.markOnce(id, "responded_at", e.at());
        }
    }
}
