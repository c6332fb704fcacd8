package org.fengqiao.shared;

/** How personal data is shown to roles that may not see it in full. */
public final class Masking {

    private Masking() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private static final java.util.regex.Pattern PHONE_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<!\\d)(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)|(?<!\\d)(0\\d{2,3})[ -]?(\\d{3,4})(\\d{4})(?!\\d)");

    /** Free text with every mobile (13812345678, 138 1234 5678) or landline number (0575-83001110) in it masked. */
    public static String phonesIn(String text) {
        if (text == null) {
            return null;
        }
        return PHONE_IN_TEXT.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) + "****" + m.group(3)
                : m.group(4) + "-****" + m.group(6));
    }

    /** 张** : keeps the family name. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
