package org.fengqiao.casework;

import java.time.Instant;

/** The lead unit handed the case back to the dispatcher, with a listed reason. */
public record CaseReturned(CaseId caseId, String number, Instant at, java.util.UUID unitId, ReturnReason reason, int returnCount) implements CaseEvent {
}
