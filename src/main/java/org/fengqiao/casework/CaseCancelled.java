package org.fengqiao.casework;

import java.time.Instant;

/** The dispatcher cancelled the case. */
public record CaseCancelled(CaseId caseId, String number, Instant at, String reason) implements CaseEvent {
}
