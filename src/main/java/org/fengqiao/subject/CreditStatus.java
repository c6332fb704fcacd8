package org.fengqiao.subject;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How trustworthy an enterprise is in the public credit record: 良好, 一般 or 失信. */
public enum CreditStatus {
    GOOD("良好"), FAIR("一般"), DISHONEST("失信");

    /** The word used in the data pool's spreadsheets; display text comes from the message bundles. */
    private final String sourceWord;

    CreditStatus(String sourceWord) {
        this.sourceWord = sourceWord;
    }

    /** Accepts the code (GOOD) or the Chinese word (良好), as spreadsheets carry either. */
    public static Optional<CreditStatus> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.trim();
        return Arrays.stream(values())
                .filter(c -> c.name().equals(s.toUpperCase(Locale.ROOT)) || c.sourceWord.equals(s))
                .findFirst();
    }

    public String sourceWord() {
        return sourceWord;
    }
}
