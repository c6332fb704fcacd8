package org.fengqiao.casework;

import java.util.UUID;

import org.fengqiao.subject.CreditCode;

/** A case as submitted, already checked field by field, before it has a number. */
record Draft(String title, String description, Category category, Channel channel, Reporter reporter,
        CreditCode creditCode, String enterpriseName, String address, Double lat, Double lon, UUID jurisdictionId,
        String jurisdictionPath, UUID visitId, UUID enteredBy) {

    CaseKind kind() {
        return creditCode != null || (enterpriseName != null && !enterpriseName.isBlank()) ? CaseKind.ENTERPRISE
                : CaseKind.RESIDENT;
    }
}
