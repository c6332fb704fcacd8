package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.util.UUID;

/** Who is on duty from one date to another, and whether a swap put them there. */
public record Shift(UUID personId, LocalDate from, LocalDate until, boolean swapped, String reason) {
}
