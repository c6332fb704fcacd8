package org.fengqiao.casework;

import java.time.Instant;

/** The reporter rated the outcome (满意度). */
public record CaseVerdictGiven(CaseId caseId, String number, Instant at, boolean satisfied, int score) implements CaseEvent {
}
