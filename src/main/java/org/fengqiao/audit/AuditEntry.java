package org.fengqiao.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subjectType, String subjectId,
        String detail, String prevHash, String hash) {
}
