package org.fengqiao.casework;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The deadlines of cases: which policy applies, when each phase is due, and the due time lists show (the accept
 * limit while a case waits to be accepted, the resolve limit once it is assigned).
 */
@Service
class TimeLimits {

    /** States in which the lead unit's resolve clock runs. */
    static final Set<CaseStatus> UNIT_WORKING = EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED,
            CaseStatus.IN_PROGRESS);

    /** Everything about a case's clock, as of {@code now}. */
    record Snapshot(CaseClock clock, TimeLimitPolicy policy, List<PhaseClock> phases,
            List<DeadlineClock.Pause> pauses, List<Extensions.Extension> extensions, int extension) {

        PhaseClock phase(Phase p) {
            return phases.get(p.ordinal());
        }
    }

    private final CaseClocks clocks;
    private final TimeLimitPolicies policies;
    private final Extensions extensions;
    private final WorkTime time;
    private final JdbcClient jdbc;
    private final DeadlineTimers timers;

    TimeLimits(CaseClocks clocks, TimeLimitPolicies policies, Extensions extensions, WorkTime time, JdbcClient jdbc,
            DeadlineTimers timers) {
        this.timers = timers;
        this.clocks = clocks;
        this.policies = policies;
        this.extensions = extensions;
        this.time = time;
        this.jdbc = jdbc;
    }

    /**
     * The badge a list shows for a case's running clock: {@code red} past due, {@code yellow} from the warning
     * time (80% used), {@code paused}, or null when no clock runs (waiting for assignment, resolved, closed).
     */
    static String clockBadge(CaseStatus status, Instant due, Instant warn, boolean paused, Instant now) {
        boolean running = status == CaseStatus.SUBMITTED || UNIT_WORKING.contains(status);
        if (!running || due == null) {
            return null;
        }
        if (paused) {
            return "paused";
        }
        if (now.isAfter(due)) {
            return "red";
        }
        return warn != null && !now.isBefore(warn) ? "yellow" : null;
    }

    /** The resolve due time of a case assigned now to {@code unit}, under its current class. */
    Instant resolveDue(CaseId id, Category category, UUID unit, Instant at) {
        CaseClock clock = clocks.find(id.value()).orElse(null);
        TimeLimitPolicy p = policies.forCase(category, clock == null ? Urgency.GENERAL : clock.urgency(),
                clock != null && clock.fastTrack());
        return DeadlineClock.due(at, p.limit(Phase.RESOLVE), List.of(), 0, at, unit, time);
    }

    Snapshot snapshot(UUID caseId, Instant now) {
        CaseClock clock = clocks.find(caseId).orElseThrow(() -> new org.fengqiao.shared.NotFound("case", caseId));
        TimeLimitPolicy policy = policies.forCase(clock.category(), clock.urgency(), clock.fastTrack());
        List<DeadlineClock.Pause> pauses = clocks.closedPauses(caseId);
        int extension = clock.assignedAt() == null ? 0 : extensions.approvedSince(caseId, clock.assignedAt());
        return new Snapshot(clock, policy, clock.phases(policy, pauses, extension, now, time), pauses,
                extensions.of(caseId), extension);
    }

    /** Computes the dues afresh, stores them with the case for lists and the ledger, and re-plans the alarms. */
    Snapshot recompute(UUID caseId, Instant now) {
        Snapshot s = snapshot(caseId, now);
        CaseStatus status = CaseStatus.valueOf(jdbc.sql("SELECT status FROM cases WHERE id = ?").param(caseId)
                .query(String.class).single());
        PhaseClock current = status == CaseStatus.SUBMITTED ? s.phase(Phase.ACCEPT)
                : s.clock().assignedAt() != null && status != CaseStatus.ACCEPTED ? s.phase(Phase.RESOLVE) : null;
        clocks.storeDues(caseId, s.phases(), current == null ? null : current.due(),
                current == null ? null : current.warnAt());
        timers.plan(s);
        return s;
    }
}
