package org.fengqiao.org;

/** What a person does in Fengqiao; a person may hold several. */
public enum Role {
    ADMIN, DISPATCHER, HANDLER, HEAD, OFFICER, ENTERPRISE, RESIDENT, AUDITOR;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
