package org.fengqiao.community;

import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.PhoneNumber;

/** Checks of what people type into community forms, each refusal naming the field. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new InvalidInput(field, "community.error.required");
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput(field, "community.error.tooLong", max);
        }
        return v;
    }

    static String phone(String value, String field) {
        return PhoneNumber.parse(required(value, field, 20), field).value();
    }

    /** A list filter: nothing typed means no filter (null), anything else must be one of the choices. */
    static <E extends Enum<E>> E filter(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : choice(type, value, field);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "community.error.required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "community.error.choice", value);
        }
    }
}
