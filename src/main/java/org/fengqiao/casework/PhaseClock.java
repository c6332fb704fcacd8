package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;

/**
 * One phase of a case against its limit, as of a moment.
 *
 * @param done    when the phase was completed, or null
 * @param stopped when the case left the phase without completing it (closed, cancelled, returned), or null
 */
public record PhaseClock(Phase phase, Limit limit, Instant start, Instant due, Instant warnAt, Instant done,
        Instant stopped, boolean paused, Instant now) {

    public enum State {
        NOT_STARTED, RUNNING, YELLOW, RED, PAUSED, MET, MISSED, STOPPED
    }

    public State state() {
        if (start == null) {
            return State.NOT_STARTED;
        }
        if (done != null) {
            return done.isAfter(due) ? State.MISSED : State.MET;
        }
        if (stopped != null) {
            return State.STOPPED;
        }
        if (paused) {
            return State.PAUSED;
        }
        if (now.isAfter(due)) {
            return State.RED;
        }
        return now.isBefore(warnAt) ? State.RUNNING : State.YELLOW;
    }

    /** Time left until due (negative when overdue); null when the phase is not running. */
    public Duration remaining() {
        State s = state();
        return s == State.RUNNING || s == State.YELLOW || s == State.RED || s == State.PAUSED
                ? Duration.between(now, due) : null;
    }

    /** Percent of the clock time between start and due used so far, capped at 999. */
    public int percentUsed() {
        if (start == null || due == null) {
            return 0;
        }
        Instant end = done != null ? done : stopped != null ? stopped : now;
        long total = Math.max(1, Duration.between(start, due).toSeconds());
        return (int) Math.min(999, Math.max(0, Duration.between(start, end).toSeconds() * 100 / total));
    }
}
