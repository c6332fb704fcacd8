package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.shared.Audited;

/** 案结事了 of a subject other than a case: every follow-up of its close at {@code closedAt} held. Once per close. */
public record SubjectSettled(String subjectKind, UUID subjectId, String subjectNumber, Instant closedAt, Instant at,
        int followUps) implements Audited {

    @Override
    public String auditActor() {
        return "system";
    }

    @Override
    public String auditAction() {
        return "followup.settled";
    }

    @Override
    public String auditSubjectType() {
        return subjectKind.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String auditSubjectId() {
        return subjectId.toString();
    }

    @Override
    public String auditDetail() {
        return subjectNumber + " closed " + closedAt + ", follow-ups " + followUps;
    }
}
