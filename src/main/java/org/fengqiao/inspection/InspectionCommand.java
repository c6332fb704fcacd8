package org.fengqiao.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A 一键指令 sent from an alert to its units and, when it has an account, to the firm it concerns; due within a
 * limit; escalated once when someone missed it.
 */
public record InspectionCommand(UUID id, UUID alertId, String text, String issuedBy, Instant issuedAt, Instant dueAt,
        Instant escalatedAt, List<InspectionAlert.Receipt> receipts, FirmReceipt firm) {

    /** The firm's copy of the command (null on a command whose firm has no account). */
    public record FirmReceipt(UUID enterpriseId, String name, Instant acknowledgedAt, String acknowledgedBy,
            String note) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** Recipients (units and the firm) that have not acknowledged. */
    public long pending() {
        return receipts.stream().filter(r -> !r.acknowledged()).count() + (firm != null && !firm.acknowledged() ? 1 : 0);
    }

    /** Units and the firm it went to. */
    public int recipients() {
        return receipts.size() + (firm == null ? 0 : 1);
    }

    public boolean missed(Instant now) {
        return pending() > 0 && now.isAfter(dueAt);
    }
}
