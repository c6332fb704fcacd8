package org.fengqiao.casework;

import java.time.Instant;

/** A case came in through a channel. */
public record CaseSubmitted(CaseId caseId, String number, Instant at, Category category, Channel channel, String jurisdictionPath, String title, String description) implements CaseEvent {
}
