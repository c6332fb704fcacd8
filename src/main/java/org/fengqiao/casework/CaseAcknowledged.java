package org.fengqiao.casework;

import java.time.Instant;

/** The lead unit took the case on. */
public record CaseAcknowledged(CaseId caseId, String number, Instant at, java.util.UUID unitId) implements CaseEvent {
}
