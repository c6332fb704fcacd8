package org.fengqiao.casework;

import java.util.UUID;

/** Identity of a case; other modules refer to a case by this only. */
public record CaseId(UUID value) {

    public CaseId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
