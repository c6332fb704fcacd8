package org.fengqiao.inspection.planner;

/** Minutes a visit takes from one department on the visit's date. */
public record DayLoad(DepartmentDay day, int minutes) {
}
