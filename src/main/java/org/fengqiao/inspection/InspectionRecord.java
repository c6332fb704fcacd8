package org.fengqiao.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One on-site inspection of a firm by a department: the forms filled in (each at the version used), answers,
 * findings and the rectification orders issued. A re-inspection names the order it checks.
 */
record InspectionRecord(UUID id, UUID enterpriseId, String enterpriseName, UUID unitId, UUID plannedId,
        UUID orderId, String inspector, String inspectorName, Instant startedAt, Instant finishedAt, String note,
        long version, List<FormUsed> forms) {

    /** A form at the version this record used. */
    record FormUsed(UUID formId, int number) {
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
