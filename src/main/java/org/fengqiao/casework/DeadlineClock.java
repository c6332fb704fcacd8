package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deadline arithmetic: a limit counted from a start, moved on by every pause (measured in the limit's own unit:
 * clock minutes, office minutes of the unit, or working days) and by approved extensions (in the limit's amount
 * unit, e.g. days for a working-day limit). A pause still running counts until {@code now}.
 */
final class DeadlineClock {

    /** Share of the time between start and due after which a running clock shows yellow. */
    static final double WARN_SHARE = 0.8;

    /** A pause of the clock; {@code until} null while it runs. */
    record Pause(Instant from, Instant until, String reason) {
    }

    private DeadlineClock() {
    }

    static Instant due(Instant start, Limit limit, List<Pause> pauses, int extension, Instant now, UUID unitId,
            WorkTime time) {
        long grains = limit.grains() + (long) extension * limit.unit().grain();
        for (Pause p : pauses) {
            Instant from = p.from().isBefore(start) ? start : p.from();
            Instant until = p.until() == null ? now : p.until();
            grains += time.grainsBetween(from, until, limit.unit(), unitId);
        }
        return time.add(start, limit.unit(), grains, unitId);
    }

    /** When the clock turns yellow: {@link #WARN_SHARE} of the clock time from start to due. */
    static Instant warnAt(Instant start, Instant due) {
        long millis = Duration.between(start, due).toMillis();
        return start.plusMillis(Math.max(0, (long) (millis * WARN_SHARE)));
    }
}
