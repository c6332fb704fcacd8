package org.fengqiao.triage;

import java.util.UUID;

/** Inside {@code jurisdictionPath} (and below it, unless a deeper route says otherwise), cases of a category go to a unit. */
record Route(UUID id, String jurisdictionPath, String jurisdictionName, String category, UUID unitId, String unitCode,
        String unitName, String updatedBy, long version) {
}
