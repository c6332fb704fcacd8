package org.fengqiao.insight;

import java.time.Duration;
import java.time.Instant;
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

    /** How far back before the last run's start a catch-up looks again, for transactions committed late. */
    static final Duration OVERLAP = Duration.ofMinutes(10);
    static final int BATCH = 1000;

    /**
     * Catches up cases whose change reached no listener (changed while insight was not running, e.g. in a
     * context started without this module): refreshes the cases written since the last complete run (less
     * {@link #OVERLAP}) whose fact row differs; the first run ever compares every case. A run that finds a full
     * batch leaves the watermark where it was, so the next run continues.
     */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @Transactional
    public int reconcile() {
        Instant start = rollups.now();
        List<UUID> stale = rollups.watermark().map(m -> rollups.staleSince(m.minus(OVERLAP), BATCH))
                .orElseGet(() -> rollups.stale(BATCH));
        stale.forEach(id -> refresh(new CaseId(id)));
        if (stale.size() < BATCH) {
            rollups.watermark(start);
        }
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
