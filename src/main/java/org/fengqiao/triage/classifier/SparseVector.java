package org.fengqiao.triage.classifier;

/** Indices (ascending, from 1) and their values. */
public record SparseVector(int[] indices, double[] values) {

    public int size() {
        return indices.length;
    }

    public double dot(SparseVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < indices.length && j < o.indices.length) {
            if (indices[i] == o.indices[j]) {
                s += values[i++] * o.values[j++];
            } else if (indices[i] < o.indices[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }
}
