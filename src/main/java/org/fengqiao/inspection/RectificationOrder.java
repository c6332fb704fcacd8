package org.fengqiao.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 整改通知: what a firm must put right by a deadline. It is tracked as a case in casework; a re-inspection closes
 * it (passed) or escalates it (failed, or the deadline missed).
 */
record RectificationOrder(UUID id, UUID recordId, UUID findingId, UUID enterpriseId, String enterpriseName,
        UUID unitId, String requirement, LocalDate deadline, UUID caseId, String caseNumber, Status status,
        String outcomeNote, String issuedBy, Instant issuedAt, long version) {

    enum Status { OPEN, CLOSED, ESCALATED }

    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(deadline);
    }
}
