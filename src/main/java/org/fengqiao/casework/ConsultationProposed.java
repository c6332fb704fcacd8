package org.fengqiao.casework;

import java.time.Instant;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;
import org.fengqiao.shared.Audited;

/**
 * The top rung of the case's escalation ladder ran out and the case is still not resolved: a joint consultation
 * (联席会商) is proposed to the command room and the lead unit.
 */
public record ConsultationProposed(CaseId caseId, String number, Instant at, int rung, Notice notice)
        implements CaseEvent, Notifiable, Audited {

    @Override
    public String auditActor() {
        return "system";
    }

    @Override
    public String auditAction() {
        return "case.consultation.proposed";
    }

    @Override
    public String auditSubjectType() {
        return "case";
    }

    @Override
    public String auditSubjectId() {
        return caseId.value().toString();
    }

    @Override
    public String auditDetail() {
        return "top rung " + rung + " ran out";
    }
}
