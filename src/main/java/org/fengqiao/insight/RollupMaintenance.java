package org.fengqiao.insight;

import java.util.List;
import java.util.UUID;

import org.fengqiao.casework.CaseEvent;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseExchange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
        refresh(event.caseId());
    }

    /**
     * Catches up cases whose change reached no listener (changed while insight was not running, e.g. in a
     * context started without this module): refreshes every case whose fact row differs from the case.
     */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @Transactional
    public int reconcile() {
        List<UUID> stale = rollups.stale(1000);
        stale.forEach(id -> refresh(new CaseId(id)));
        return stale.size();
    }

    private void refresh(CaseId id) {
        rollups.lock(id.value());
        cases.current(id).map(CaseFact::of).ifPresent(now -> {
            CaseFact before = rollups.fact(now.caseId()).orElse(null);
            if (now.equals(before)) {
                return;
            }
            rollups.apply(RollupDelta.between(before, now));
            rollups.save(now);
        });
    }
}
