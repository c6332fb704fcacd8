package org.fengqiao.casework;

/** Where a case stands. Terminal: rejected, cancelled and closed (closed can still be reopened). */
public enum CaseStatus {
    SUBMITTED, ACCEPTED, REJECTED, ASSIGNED, RETURNED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REPLIED, CLOSED, CANCELLED;

    public boolean isOpen() {
        return this != REJECTED && this != CLOSED && this != CANCELLED;
    }
}
