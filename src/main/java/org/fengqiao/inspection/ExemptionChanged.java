package org.fengqiao.inspection;

import java.util.UUID;

import org.fengqiao.shared.Audited;

/** An enterprise was proposed for, approved onto, or lifted from the exemption list (无事不扰). */
public record ExemptionChanged(UUID enterpriseId, String status, String reason, String by) implements Audited {

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return "inspection.exemption." + status.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String auditSubjectType() {
        return "enterprise";
    }

    @Override
    public String auditSubjectId() {
        return enterpriseId.toString();
    }

    @Override
    public String auditDetail() {
        return reason;
    }
}
