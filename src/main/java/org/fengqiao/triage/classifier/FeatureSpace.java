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

    /** Collects indices, then sorts and merges them: faster than a hash map for a few thousand n-grams. */
    private static final class Counter {
        private int[] indices = new int[1024];
        private int size;

        void add(int index) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
            }
            indices[size++] = index;
        }

        SparseVector toVector() {
            Arrays.sort(indices, 0, size);
            int[] idx = new int[size];
            double[] val = new double[size];
            int m = -1;
            for (int i = 0; i < size; i++) {
                if (m >= 0 && idx[m] == indices[i]) {
                    val[m]++;
                } else {
                    idx[++m] = indices[i];
                    val[m] = 1;
                }
            }
            return new SparseVector(Arrays.copyOf(idx, m + 1), Arrays.copyOf(val, m + 1));
        }
    }
}
