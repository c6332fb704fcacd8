package org.fengqiao.inspection;

import java.util.UUID;

import org.fengqiao.shared.Audited;

/** An enforcement decision was recorded, or a major one filed (备案); both go to the audit trail. */
public record EnforcementRecorded(UUID decisionId, String action, String detail, String by) implements Audited {

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditSubjectType() {
        return "enforcement_decision";
    }

    @Override
    public String auditSubjectId() {
        return decisionId.toString();
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}
