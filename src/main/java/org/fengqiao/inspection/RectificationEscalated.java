package org.fengqiao.inspection;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;
import org.fengqiao.shared.Audited;

/**
 * A rectification order failed its re-inspection: the issuing department and the town's command room hear of it
 * at once (urgent notice; title and body already in the district's language).
 */
public record RectificationEscalated(UUID orderId, UUID enterpriseId, String caseNumber, Set<UUID> unitIds,
        String title, String body, String reason, String by) implements Notifiable, Audited {

    @Override
    public Notice notice() {
        return new Notice(Set.of(), unitIds, title, body, "/inspection/orders/" + orderId, true);
    }

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return "inspection.order.escalated";
    }

    @Override
    public String auditSubjectType() {
        return "rectification_order";
    }

    @Override
    public String auditSubjectId() {
        return orderId.toString();
    }

    @Override
    public String auditDetail() {
        return reason;
    }
}
