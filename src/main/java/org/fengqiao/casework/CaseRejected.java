package org.fengqiao.casework;

import java.time.Instant;

/** The dispatcher refused the case, with the reason. */
public record CaseRejected(CaseId caseId, String number, Instant at, String reason) implements CaseEvent {
}
