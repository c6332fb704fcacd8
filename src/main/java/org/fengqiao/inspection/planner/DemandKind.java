package org.fengqiao.inspection.planner;

/** Routine demands come from the yearly frequency; triggered ones from a complaint, alert or finding. */
public enum DemandKind {
    ROUTINE, TRIGGERED
}
