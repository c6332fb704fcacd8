package org.fengqiao.casework;

import java.time.Instant;

/** The case was sent to a lead unit (交办), with co-handling units and a due time. */
public record CaseAssigned(CaseId caseId, String number, Instant at, java.util.UUID leadUnitId, java.util.Set<java.util.UUID> coUnitIds, Instant dueAt) implements CaseEvent {
}
