package org.fengqiao.inspection.planner;

/** A demand the plan does not serve, and why. */
public record Unplaced(Demand demand, Reason reason) {

    /** Why a demand is left out; the message key is {@code inspection.unplaced.<name>}. */
    public enum Reason {
        /** Routine demand on a firm on the exemption list (无事不扰). */
        EXEMPT,
        /** The same department inspected the firm recently enough (已覆盖无需查). */
        COVERED,
        /** The department has no capacity on any day of the window. */
        NO_CAPACITY_IN_WINDOW,
        /** Capacity exists in the window but went to higher-priority demands. */
        CAPACITY_TAKEN
    }

    /** Dropped by rule rather than left over for lack of capacity. */
    public boolean dropped() {
        return reason == Reason.EXEMPT || reason == Reason.COVERED;
    }
}
