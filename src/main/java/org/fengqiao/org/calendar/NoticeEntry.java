package org.fengqiao.org.calendar;

import java.time.LocalDate;

/** One date of a notice, with the line it came from. */
public record NoticeEntry(LocalDate day, DayKind kind, String name, int line) {
}
