package org.fengqiao.casework;

import java.time.Instant;

/** The dispatcher ruled (审定) that the assignment stands; no more returns. */
public record CaseRuled(CaseId caseId, String number, Instant at, java.util.UUID leadUnitId) implements CaseEvent {
}
