package org.fengqiao.subject;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid credit codes that no demo enterprise uses (demo codes start 91330499). */
final class TestCodes {

    private TestCodes() {
    }

    static String fresh() {
        StringBuilder s = new StringBuilder("92330477");
        for (int i = 0; i < 9; i++) {
            s.append(CreditCode.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CreditCode.ALPHABET.length())));
        }
        return s.toString() + CreditCode.checkCharacter(s.toString());
    }

    /** The same code with a wrong check character. */
    static String broken(String code) {
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }
}
