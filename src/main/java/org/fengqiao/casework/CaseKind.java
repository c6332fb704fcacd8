package org.fengqiao.casework;

/** Whose problem it is; the prefix of the case number says it at a glance. */
public enum CaseKind {
    ENTERPRISE("QY"), RESIDENT("MS");

    private final String prefix;

    CaseKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
