package org.fengqiao.inspection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of records about firms in the shared data pool, as its exports name them (code or Chinese word). */
enum PoolKind {
    ABNORMAL_OPERATION("经营异常名录"),
    SERIOUS_VIOLATION("严重违法失信名单"),
    PENALTY("行政处罚"),
    COMPLAINT("投诉举报"),
    HAZARD("安全隐患");

    private final String sourceWord;

    PoolKind(String sourceWord) {
        this.sourceWord = sourceWord;
    }

    static Optional<PoolKind> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equals(s.toUpperCase(Locale.ROOT)) || k.sourceWord.equals(s)).findFirst();
    }

    public String sourceWord() {
        return sourceWord;
    }
}
