package org.fengqiao.insight;

import org.fengqiao.casework.CaseEvent;
import org.fengqiao.casework.CaseExchange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the fact row and the daily rollup current: on any case event, re-reads the case as it stands and moves
 * its count from the old rollup row to the new one. Reading the current state (not the event's payload) makes
 * the refresh idempotent and immune to events arriving out of order or twice.
 */
@Component
class RollupMaintenance {

    private final CaseExchange cases;
    private final Rollups rollups;

    RollupMaintenance(CaseExchange cases, Rollups rollups) {
        this.cases = cases;
        this.rollups = rollups;
    }

    @ApplicationModuleListener
    void on(CaseEvent event) {
        rollups.lock(event.caseId().value());
        cases.current(event.caseId()).map(CaseFact::of).ifPresent(now -> {
            CaseFact before = rollups.fact(now.caseId()).orElse(null);
            if (now.equals(before)) {
                return;
            }
            rollups.apply(RollupDelta.between(before, now));
            rollups.save(now);
        });
    }
}
