package org.fengqiao.inspection;

import java.util.UUID;

import org.fengqiao.shared.Audited;

/** An administrator set an enterprise's risk grade by hand, with a reason. */
public record GradeOverridden(UUID enterpriseId, RiskGrade grade, String reason, String by) implements Audited {

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return "inspection.grade.override";
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
        return grade + ": " + reason;
    }
}
