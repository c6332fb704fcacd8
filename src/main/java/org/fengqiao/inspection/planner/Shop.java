package org.fengqiao.inspection.planner;

import org.fengqiao.inspection.RiskGrade;

/** A firm to be inspected, as the planner sees it. */
public record Shop(String id, String name, double latitude, double longitude, RiskGrade risk, boolean exempt) {
}
