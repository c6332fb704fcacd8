package org.fengqiao.subject;

import org.fengqiao.shared.InvalidInput;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-symbol alphabet
 * (digits and capitals without I, O, S, V, Z), the last one a check character over the first 17.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.length() != 18) {
            throw new InvalidInput("creditCode", "error.creditCode.length", value == null ? "" : value);
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidInput("creditCode", "error.creditCode.char", value, i + 1);
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidInput("creditCode", "error.creditCode.check", value, expected);
        }
    }

    /** Accepts lower case and surrounding blanks as people type them. */
    public static CreditCode parse(String raw) {
        return new CreditCode(raw == null ? null : raw.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The check character for the first 17 characters (which must be from the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
