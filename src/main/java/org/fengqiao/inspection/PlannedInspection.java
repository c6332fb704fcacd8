package org.fengqiao.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One visit of a plan: a firm, a day, the departments that go together, the demands it serves. */
record PlannedInspection(UUID id, UUID planId, UUID enterpriseId, String enterpriseName, LocalDate date,
        List<UUID> unitIds, List<UUID> demandIds, Instant scannedAt) {

    public boolean joint() {
        return unitIds.size() >= 2;
    }
}
