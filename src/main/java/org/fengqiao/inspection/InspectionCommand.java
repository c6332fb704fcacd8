package org.fengqiao.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 一键指令 sent from an alert to its units, due within a limit; escalated once when someone missed it. */
public record InspectionCommand(UUID id, UUID alertId, String text, String issuedBy, Instant issuedAt, Instant dueAt,
        Instant escalatedAt, List<InspectionAlert.Receipt> receipts) {

    public long pending() {
        return receipts.stream().filter(r -> !r.acknowledged()).count();
    }

    public boolean missed(Instant now) {
        return pending() > 0 && now.isAfter(dueAt);
    }
}
