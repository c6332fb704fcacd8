package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;

/**
 * A follow-up's day has come: the unit that led the case (and its duty supervisor) is told to call or visit.
 * {@code caseId} is null for a subject other than a case ({@code number} is then the subject's).
 */
public record FollowUpDue(UUID followUpId, CaseId caseId, String number, int round, LocalDate dueOn, UUID unitId,
        Notice notice) implements Notifiable {
}
