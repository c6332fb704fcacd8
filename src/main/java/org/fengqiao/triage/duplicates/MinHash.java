package org.fengqiao.triage.duplicates;

import java.util.Arrays;

/**
 * MinHash signatures of a text's character 3-gram shingles (letters and digits only, case folded), cut into LSH
 * bands: two texts share a band bucket with a probability that rises steeply with their Jaccard similarity
 * (with {@value #BANDS} bands of {@value #ROWS} rows, about one half at Jaccard 0.37), so candidates are found by
 * bucket look-up instead of comparing every pair.
 */
public final class MinHash {

    public static final int BANDS = 20;
    public static final int ROWS = 3;
    static final int SHINGLE = 3;
    private static final int SIZE = BANDS * ROWS;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x5EEDF00DL;
        for (int i = 0; i < SIZE; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The bucket of each band; empty when the text has no shingle (empty, punctuation or emoji only). */
    public static long[] bands(String text) {
        long[] sig = signature(text);
        if (sig.length == 0) {
            return sig;
        }
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    static long[] signature(String text) {
        int[] cps = normalised(text);
        if (cps.length == 0) {
            return new long[0];
        }
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        int n = Math.max(1, cps.length - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long sh = 1469598103934665603L;
            for (int j = i; j < Math.min(cps.length, i + SHINGLE); j++) {
                sh = (sh ^ cps[j]) * 1099511628211L;
            }
            for (int k = 0; k < SIZE; k++) {
                long v = mix(sh ^ SEEDS[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** Letters and digits only, lower case: punctuation, spaces and emoji do not make two texts different. */
    static int[] normalised(String text) {
        if (text == null) {
            return new int[0];
        }
        return text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
    }

    /** Estimated Jaccard similarity of two signatures' shingle sets. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
