package org.fengqiao.casework;

import java.time.Instant;

/** The answer went back to the reporter (反馈). */
public record CaseReplied(CaseId caseId, String number, Instant at, String reply) implements CaseEvent {
}
