package org.fengqiao.casework;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps each case's ladder timer in step with the case, in the transaction of the command that moved it. */
@Component
class EscalationKeeping {

    private final Whistles whistles;

    EscalationKeeping(Whistles whistles) {
        this.whistles = whistles;
    }

    @EventListener
    void on(CaseEvent event) {
        UUID id = event.caseId().value();
        if (event instanceof CaseAssigned) {
            whistles.assigned(id, event.at());
        } else if (event instanceof CaseReopened) {
            whistles.reopened(id, event.at());
        } else if (event instanceof CaseResolved || event instanceof CaseClosed || event instanceof CaseCancelled) {
            whistles.stopped(id);
        }
    }
}
