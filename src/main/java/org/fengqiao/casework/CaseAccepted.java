package org.fengqiao.casework;

import java.time.Instant;

/** The dispatcher registered and owns the case (受理). */
public record CaseAccepted(CaseId caseId, String number, Instant at) implements CaseEvent {
}
