package org.fengqiao.inspection;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;
import org.fengqiao.shared.Audited;

/**
 * A rectification order passed its deadline without a passed re-inspection: the department's heads and its duty
 * supervisor hear of it (urgent), once per order. Falls back to the unit when it has neither.
 */
public record RectificationOverdue(UUID orderId, String caseNumber, UUID unitId, Set<UUID> personIds, String title,
        String body) implements Notifiable, Audited {

    @Override
    public Notice notice() {
        return new Notice(personIds, personIds.isEmpty() ? Set.of(unitId) : Set.of(), title, body,
                "/inspection/orders", true);
    }

    @Override
    public String auditActor() {
        return "system";
    }

    @Override
    public String auditAction() {
        return "inspection.order.overdue";
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
        return caseNumber;
    }
}
