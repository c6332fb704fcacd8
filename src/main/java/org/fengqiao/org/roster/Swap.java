package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.util.UUID;

/** A date range of the rotation handed to another person of the unit, with the reason. */
public record Swap(UUID id, LocalDate startsOn, LocalDate endsOn, UUID personId, String reason) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public boolean overlaps(Swap other) {
        return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }
}
