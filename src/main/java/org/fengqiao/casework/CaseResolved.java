package org.fengqiao.casework;

import java.time.Instant;

/** The lead unit finished the work (办结). */
public record CaseResolved(CaseId caseId, String number, Instant at, java.util.UUID unitId, String result) implements CaseEvent {
}
