package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;

/**
 * A clock of the case turned yellow (80% of its time used) or red (missed, 逾期): sent to the unit that must act
 * and its duty supervisor.
 *
 * @param threshold {@code YELLOW} or {@code RED}
 * @param unitId    the unit the clock runs for (null for the accept clock, which runs for the command room)
 */
public record DeadlineAlarmed(CaseId caseId, String number, Instant at, Phase phase, String threshold, UUID unitId,
        Instant due, Notice notice) implements CaseAudited, Notifiable {

    public boolean missed() {
        return "RED".equals(threshold);
    }

    @Override
    public String auditAction() {
        return missed() ? "case.deadline.missed" : "case.deadline.warned";
    }

    @Override
    public String auditDetail() {
        return phase + " due " + due;
    }
}
