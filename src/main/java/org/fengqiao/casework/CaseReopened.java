package org.fengqiao.casework;

import java.time.Instant;

/** A closed case, or an unsatisfied verdict, put the case back to work. */
public record CaseReopened(CaseId caseId, String number, Instant at, String reason) implements CaseEvent {
}
