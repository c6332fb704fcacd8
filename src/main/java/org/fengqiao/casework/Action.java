package org.fengqiao.casework;

import java.util.Locale;

/** What can be done to a case; each is one history entry. */
public enum Action {
    SUBMIT, ACCEPT, REJECT, ASSIGN, RULE, ACKNOWLEDGE, RETURN, PROGRESS, RESOLVE, REPLY, VERDICT, CLOSE, CANCEL,
    REOPEN, ATTACH, ESCALATE,
    /** This case is merged into another (it closes and follows that one). */
    MERGE,
    /** Another case was merged into this one (history only, the state stays). */
    ABSORB;

    /** The path segment in the API ({@code /cases/{id}/acknowledge}). */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Action ofPath(String path) {
        for (Action a : values()) {
            if (a != SUBMIT && a.path().equals(path)) {
                return a;
            }
        }
        throw new org.fengqiao.shared.NotFound("action", path);
    }
}
