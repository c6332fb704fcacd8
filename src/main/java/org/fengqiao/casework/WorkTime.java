package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

/** The time axis deadlines are counted on: clock time, a unit's office hours, or working days. */
interface WorkTime {

    /** The instant when {@code grains} of {@code unit} (minutes or days) have passed after {@code start}. */
    Instant add(Instant start, Limit.Unit unit, long grains, UUID unitId);

    /** How many grains of {@code unit} lie between two instants (never negative). */
    long grainsBetween(Instant from, Instant to, Limit.Unit unit, UUID unitId);
}
