package org.fengqiao.triage.classifier;

import java.util.Arrays;
import java.util.List;

/**
 * Hashes character 1–3-grams and word 1–2-grams of a text into a fixed number of buckets (feature indices
 * 1..dimensions, as liblinear counts). Hashing keeps the model free of a vocabulary and makes featurising a few
 * array writes per n-gram; each kind of n-gram has its own seed so a character and a word never share a bucket
 * by construction.
 */
public record FeatureSpace(int bits, int maxCharGram, int maxWordGram) {

    public static final FeatureSpace DEFAULT = new FeatureSpace(17, 3, 2);

    private static final int CHAR_SEED = 0x9747b28c;
    private static final int WORD_SEED = 0x3c6ef372;

    public FeatureSpace {
        if (bits < 8 || bits > 24 || maxCharGram < 0 || maxWordGram < 0 || maxCharGram + maxWordGram == 0) {
            throw new IllegalArgumentException("bad feature space " + bits + "/" + maxCharGram + "/" + maxWordGram);
        }
    }

    public int dimensions() {
        return 1 << bits;
    }

    /** Term counts of a raw text, as a sparse vector sorted by index. */
    public SparseVector counts(String text) {
        String s = Tokenizer.normalise(text);
        Counter counter = new Counter();
        int mask = dimensions() - 1;
        for (int i = 0; i < s.length(); i++) {
            int h = CHAR_SEED;
            for (int n = 1; n <= maxCharGram && i + n <= s.length(); n++) {
                char c = s.charAt(i + n - 1);
                h = mix(h, c);
                if (c != ' ' || n > 1) {
                    counter.add((finish(h, n) & mask) + 1);
                }
            }
        }
        if (maxWordGram > 0) {
            List<String> words = Tokenizer.words(s);
            for (int i = 0; i < words.size(); i++) {
                int h = WORD_SEED;
                for (int n = 1; n <= maxWordGram && i + n <= words.size(); n++) {
                    String w = words.get(i + n - 1);
                    for (int k = 0; k < w.length(); k++) {
                        h = mix(h, w.charAt(k));
                    }
                    h = mix(h, 0x1F);
                    counter.add((finish(h, n) & mask) + 1);
                }
            }
        }
        return counter.toVector();
    }

    /** Murmur3-style step and finaliser: cheap, well spread and identical on every JVM. */
    private static int mix(int h, int c) {
        int k = c * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15) * 0x1b873593;
        h ^= k;
        return Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
    }

    private static int finish(int h, int length) {
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /**
     * Counts indices in an open-addressing table (a text has a few thousand n-grams, many repeated), then sorts only
     * the distinct ones, packed with their counts.
     */
    private static final class Counter {
        private int[] keys = new int[4096];
        private int[] counts = new int[4096];
        private int size;

        void add(int index) {
            int mask = keys.length - 1;
            int slot = (index * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
            while (keys[slot] != 0) {
                if (keys[slot] == index) {
                    counts[slot]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = index;
            counts[slot] = 1;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new int[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    add(oldKeys[i]);
                    counts[find(oldKeys[i])] = oldCounts[i];
                }
            }
        }

        private int find(int index) {
            int mask = keys.length - 1;
            int slot = (index * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
            while (keys[slot] != index) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        SparseVector toVector() {
            long[] packed = new long[size];
            int m = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    packed[m++] = (long) keys[i] << 32 | counts[i];
                }
            }
            Arrays.sort(packed);
            int[] idx = new int[size];
            double[] val = new double[size];
            for (int i = 0; i < size; i++) {
                idx[i] = (int) (packed[i] >>> 32);
                val[i] = (int) packed[i];
            }
            return new SparseVector(idx, val);
        }
    }
}
