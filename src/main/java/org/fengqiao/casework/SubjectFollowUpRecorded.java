package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up of a subject other than a case was recorded: done with its outcome ({@code HELD}, {@code RECURRED},
 * {@code UNREACHABLE}), or, while {@code status} is still open, an attempt that reached nobody ({@code unreached}
 * counts them).
 */
public record SubjectFollowUpRecorded(String subjectKind, UUID subjectId, String subjectNumber, UUID followUpId,
        int round, String status, String outcome, Integer satisfaction, int unreached, String by, Instant at) {
}
