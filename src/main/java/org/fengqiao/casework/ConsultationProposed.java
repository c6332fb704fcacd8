package org.fengqiao.casework;

import java.time.Instant;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;

/**
 * The top rung of the case's escalation ladder ran out and the case is still not resolved: a joint consultation
 * (联席会商) is proposed to the command room and the lead unit.
 */
public record ConsultationProposed(CaseId caseId, String number, Instant at, int rung, Notice notice)
        implements CaseAudited, Notifiable {

    @Override
    public String auditAction() {
        return "case.consultation.proposed";
    }

    @Override
    public String auditDetail() {
        return "top rung " + rung + " ran out";
    }
}
