package org.fengqiao.subject;

import java.util.UUID;

/** Identifies an enterprise; other modules refer to enterprises by this id only. */
public record EnterpriseId(UUID value) {

    public EnterpriseId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static EnterpriseId of(String raw) {
        try {
            return new EnterpriseId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new org.fengqiao.shared.NotFound("enterprise", raw);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
