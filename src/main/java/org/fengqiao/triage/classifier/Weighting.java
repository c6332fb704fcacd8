package org.fengqiao.triage.classifier;

import java.util.List;

/**
 * TF-IDF with sublinear term frequency ({@code 1 + ln tf}) and smoothed inverse document frequency
 * ({@code ln((1 + N) / (1 + df)) + 1}), each document scaled to unit length.
 */
public final class Weighting {

    /** {@code 1 + ln tf} for the small counts nearly every n-gram has. */
    private static final double[] SUBLINEAR = new double[256];

    static {
        for (int tf = 1; tf < SUBLINEAR.length; tf++) {
            SUBLINEAR[tf] = 1 + Math.log(tf);
        }
    }

    private final float[] idf;

    public Weighting(float[] idf) {
        this.idf = idf;
    }

    public static Weighting fit(List<SparseVector> counts, int dimensions) {
        int[] df = new int[dimensions + 1];
        for (SparseVector v : counts) {
            for (int i : v.indices()) {
                df[i]++;
            }
        }
        float[] idf = new float[dimensions + 1];
        for (int i = 1; i <= dimensions; i++) {
            idf[i] = (float) (Math.log((1.0 + counts.size()) / (1.0 + df[i])) + 1.0);
        }
        return new Weighting(idf);
    }

    /** {@code 1 + ln tf} of a count. */
    static double sublinear(double tf) {
        return tf < SUBLINEAR.length ? SUBLINEAR[(int) tf] : 1 + Math.log(tf);
    }

    public float[] idf() {
        return idf;
    }

    public SparseVector apply(SparseVector counts) {
        int[] idx = counts.indices();
        double[] val = new double[idx.length];
        double norm = 0;
        for (int k = 0; k < idx.length; k++) {
            double w = sublinear(counts.values()[k]) * idf[idx[k]];
            val[k] = w;
            norm += w * w;
        }
        if (norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            for (int k = 0; k < val.length; k++) {
                val[k] *= inv;
            }
        }
        return new SparseVector(idx, val);
    }
}
