package org.fengqiao.shared;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code a reporter gets once to follow a case or need without an account: eight characters from an alphabet
 * without look-alikes (no 0/O, 1/I), read back case-insensitively. Only its hash is stored.
 */
public final class LookupCode {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupCode() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The stored form of a code as typed: surrounding blanks and letter case do not matter. */
    public static String hash(String code) {
        return Digests.sha256Hex(code.strip().toUpperCase(Locale.ROOT));
    }
}
