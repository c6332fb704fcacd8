package org.fengqiao.shared;

import java.util.regex.Pattern;

/**
 * A mainland China phone number: an 11-digit mobile (1[3-9]…) or a landline with area code (0xx-xxxxxxx).
 * Spaces and dashes typed by people are tolerated; the canonical form keeps digits and one dash.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    public PhoneNumber {
        if (value == null || !(MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches())) {
            throw new InvalidInput("phone", "error.phone", value == null ? "" : value);
        }
    }

    /** Parses what a person typed; the field name is used in the error. */
    public static PhoneNumber parse(String raw, String field) {
        String compact = raw == null ? "" : raw.replaceAll("[\\s()]", "").replaceFirst("^\\+?86", "");
        try {
            return new PhoneNumber(compact);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "error.phone", raw == null ? "" : raw);
        }
    }

    /** 138****5678 / 0571-****5678: enough to recognise, not enough to call. */
    public String masked() {
        return Masking.phone(value);
    }
}
