package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as one actor may see it: phone masked unless their role may see it, with the actions offered to them. */
record CaseView(UUID id, String number, CaseKind kind, String title, String description, Category category,
        Channel channel, CaseStatus status, ReporterView reporter, String creditCode, String enterpriseName,
        String address, Double lat, Double lon, String jurisdictionPath, String jurisdictionName, UnitRef leadUnit,
        List<UnitRef> coUnits, int returnCount, int maxReturns, boolean ruled, ClosureKind closureKind,
        Boolean satisfied, Integer score, String resolution, String reply, Instant dueAt, Instant createdAt,
        Instant updatedAt, long version, List<String> allowedActions, UUID visitId, List<Step> history,
        List<AttachmentRef> attachments) {

    record ReporterView(String name, String phone) {
    }

    record UnitRef(UUID id, String code, String name) {
    }

    record Step(int seq, Instant at, String actor, String role, Channel channel, Action action, CaseStatus from,
            CaseStatus to, String note, String detail) {
    }

    record AttachmentRef(UUID id, String fileName, String contentType, int size) {
    }
}
