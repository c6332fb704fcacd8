package org.fengqiao.casework;

import java.time.Instant;

/** A unit recorded progress (跟踪). */
public record CaseProgressed(CaseId caseId, String number, Instant at, String note) implements CaseEvent {
}
