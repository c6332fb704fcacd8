package org.fengqiao.inspection.planner;

import java.time.LocalDate;

/** One department on one date, with the minutes it has (fixed by the problem, so it is part of the key). */
public record DepartmentDay(String department, LocalDate date, int capacity) {
}
