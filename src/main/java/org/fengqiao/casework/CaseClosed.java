package org.fengqiao.casework;

import java.time.Instant;

/** The case was closed; only CONFIRMED means the reporter confirmed it solved. */
public record CaseClosed(CaseId caseId, String number, Instant at, ClosureKind closureKind) implements CaseEvent {
}
