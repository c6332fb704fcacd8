package org.fengqiao.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert about a firm and the units it reached, each with its acknowledgement (null until acknowledged). */
public record InspectionAlert(UUID id, UUID enterpriseId, String enterpriseName, String source, String title,
        String detail, String raisedBy, Instant raisedAt, List<Receipt> receipts) {

    /** One unit's copy of an alert or command. */
    public record Receipt(UUID unitId, String unitName, Instant acknowledgedAt, String acknowledgedBy, String note) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    public long pending() {
        return receipts.stream().filter(r -> !r.acknowledged()).count();
    }
}
