package org.fengqiao.org;

import java.time.LocalDate;
import java.util.UUID;

/** The duty supervisor (轮值主管) of a unit for a turn; {@code swapped} when a swap put them there. */
public record OnDuty(UUID unitId, UUID personId, String displayName, LocalDate from, LocalDate until,
        boolean swapped) {
}
