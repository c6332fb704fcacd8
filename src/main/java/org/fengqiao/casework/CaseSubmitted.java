package org.fengqiao.casework;

import java.time.Instant;

/** A case came in through a channel; {@code creditCode} names the enterprise that raised it (null for residents). */
public record CaseSubmitted(CaseId caseId, String number, Instant at, Category category, Channel channel, String jurisdictionPath, String title, String description,
        String creditCode) implements CaseEvent {
}
