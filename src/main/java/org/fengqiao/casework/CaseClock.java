package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stored clock of a case: its class (urgency, fast track), when each phase started and ended, and whether it
 * is paused now. Which limits apply and when each phase is due follow from a {@link TimeLimitPolicy}.
 */
record CaseClock(UUID caseId, Category category, Urgency urgency, boolean fastTrack, UUID unitId, Instant submittedAt,
        Instant acceptedAt, Instant assignedAt, Instant acknowledgedAt, Instant respondedAt, Instant resolvedAt,
        Instant stoppedAt, Instant pausedSince, String pauseReason) {

    public boolean paused() {
        return pausedSince != null;
    }

    /**
     * The four phases as of {@code now}. Pauses count for the phases that start at assignment; approved
     * extensions ({@code extension}, in the resolve limit's amount unit) move the resolve phase only.
     */
    List<PhaseClock> phases(TimeLimitPolicy policy, List<DeadlineClock.Pause> closedPauses, int extension,
            Instant now, WorkTime time) {
        List<DeadlineClock.Pause> pauses = new ArrayList<>(closedPauses);
        if (pausedSince != null) {
            pauses.add(new DeadlineClock.Pause(pausedSince, null, pauseReason));
        }
        List<PhaseClock> out = new ArrayList<>();
        out.add(phase(Phase.ACCEPT, policy, submittedAt, acceptedAt, List.of(), 0, null, now, time));
        out.add(phase(Phase.ACKNOWLEDGE, policy, assignedAt, acknowledgedAt, pauses, 0, unitId, now, time));
        out.add(phase(Phase.FIRST_REPLY, policy, assignedAt, respondedAt, pauses, 0, unitId, now, time));
        out.add(phase(Phase.RESOLVE, policy, assignedAt, resolvedAt, pauses, extension, unitId, now, time));
        return out;
    }

    private PhaseClock phase(Phase phase, TimeLimitPolicy policy, Instant start, Instant done,
            List<DeadlineClock.Pause> pauses, int extension, UUID unit, Instant now, WorkTime time) {
        Limit limit = policy.limit(phase);
        if (start == null) {
            return new PhaseClock(phase, limit, null, null, null, null, null, false, now);
        }
        Instant doneAt = done != null && !done.isBefore(start) ? done : null;
        Instant until = doneAt != null ? doneAt : stoppedAt;
        List<DeadlineClock.Pause> counted = pauses.stream()
                .filter(p -> until == null || p.from().isBefore(until))
                .map(p -> until != null && (p.until() == null || p.until().isAfter(until))
                        ? new DeadlineClock.Pause(p.from(), until, p.reason()) : p)
                .toList();
        Instant due = DeadlineClock.due(start, limit, counted, extension, now, unit, time);
        return new PhaseClock(phase, limit, start, due, DeadlineClock.warnAt(start, due), doneAt,
                doneAt == null ? stoppedAt : null, doneAt == null && stoppedAt == null && paused() && !pauses.isEmpty()
                        && phase != Phase.ACCEPT, now);
    }
}
