package org.fengqiao.casework;

import org.fengqiao.shared.Audited;

/**
 * A casework event that belongs in the audit trail: the subject is its case, and unless it says otherwise a timer of
 * the system caused it.
 */
public interface CaseAudited extends CaseEvent, Audited {

    @Override
    default String auditActor() {
        return "system";
    }

    @Override
    default String auditSubjectType() {
        return "case";
    }

    @Override
    default String auditSubjectId() {
        return caseId().value().toString();
    }
}
