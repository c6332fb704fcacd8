package org.fengqiao.community;

import org.fengqiao.shared.Audited;

/**
 * Something in a community's records changed: a steward proposed or decided, a partner or resource added, a need
 * taken in, matched, turned into a case or completed, a mediation step. Recorded by the audit trail.
 */
public record CommunityChanged(String by, String action, String subjectType, String subjectId, String detail)
        implements Audited {

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return "community." + action;
    }

    @Override
    public String auditSubjectType() {
        return subjectType;
    }

    @Override
    public String auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditDetail() {
        return detail;
    }
}
