package org.fengqiao.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.fengqiao.casework.CaseExchange;

/**
 * What insight keeps of one case; a case counts in the rollup on the day it came in (its cohort), and in its lead
 * unit's rollup while it has one.
 */
record CaseFact(UUID caseId, String number, LocalDate day, String jurisdictionPath, String category, String channel,
        String status, String closureKind, Boolean satisfied, Integer score, Instant dueAt, Instant repliedAt,
        Double lat, Double lon, UUID leadUnitId) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static CaseFact of(CaseExchange.Summary s) {
        return new CaseFact(s.id(), s.number(), LocalDate.ofInstant(s.createdAt(), ZONE), s.jurisdictionPath(),
                s.category().name(), s.channel().name(), s.status().name(),
                s.closureKind() == null ? null : s.closureKind().name(), s.satisfied(), s.score(), s.dueAt(),
                s.repliedAt(), s.lat(), s.lon(), s.leadUnitId());
    }

    /** The rollup row this case counts in. */
    RollupKey key() {
        return new RollupKey(jurisdictionPath, day, category, channel, status, closureKind == null ? "" : closureKind,
                leadUnitId);
    }

    /** What this case adds to its rollup row. */
    Measures measures() {
        boolean timed = repliedAt != null && dueAt != null;
        return new Measures(1, satisfied == null ? 0 : 1, Boolean.TRUE.equals(satisfied) ? 1 : 0,
                score == null ? 0 : score, timed ? 1 : 0, timed && !repliedAt.isAfter(dueAt) ? 1 : 0);
    }
}
