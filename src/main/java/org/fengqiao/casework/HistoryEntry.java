package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Role;

/**
 * One step in a case's life: who (actor, role), when, from which channel, what (action, from and to state), the
 * note people read and a machine-readable {@code detail} (return reason, closure kind, units, score).
 */
record HistoryEntry(int seq, Instant at, UUID actorId, String actorName, Role role, Channel channel, Action action,
        CaseStatus from, CaseStatus to, String note, String detail) {
}
