package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An enforcement decision (执法决定) a department took against a firm. A major one (重大执法决定) must be filed
 * with the district by {@code filingDue}; filing gives it a register number.
 */
public record EnforcementDecision(UUID id, UUID enterpriseId, String enterpriseName, UUID unitId, String unitName,
        UUID recordId, Kind kind, BigDecimal fineYuan, String documentNumber, String summary, String legalBasis,
        LocalDate decidedOn, boolean major, String majorReason, LocalDate filingDue, String filingNumber,
        String filedBy, Instant filedAt, String recordedBy, long version) {

    public enum Kind {
        WARNING, FINE, CONFISCATION, SUSPENSION, LICENCE_REVOKED
    }

    public boolean filed() {
        return filingNumber != null;
    }

    /** A major decision not filed by its due date. */
    public boolean filingOverdue(LocalDate today) {
        return major && !filed() && filingDue != null && today.isAfter(filingDue);
    }
}
