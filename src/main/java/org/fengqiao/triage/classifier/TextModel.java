package org.fengqiao.triage.classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained classifier: hashed n-gram features, TF-IDF weights, one linear scorer per category (from liblinear)
 * and a sigmoid per category fitted on out-of-fold scores (Platt scaling), normalised so that the confidences of
 * all categories sum to 1. Immutable and safe to share between threads.
 */
public final class TextModel {

    private static final int MAGIC = 0x46515452;
    private static final int FORMAT = 1;

    private final List<String> labels;
    private final FeatureSpace space;
    private final Weighting weighting;
    private final float[][] weights;
    /**
     * Per feature its idf then its weight in each category, side by side: scoring touches one cache line per
     * feature instead of one per category plus one for the idf.
     */
    private final float[] table;
    private final float[] bias;
    private final double[] plattA;
    private final double[] plattB;
    private final Map<String, String> info;

    TextModel(List<String> labels, FeatureSpace space, Weighting weighting, float[][] weights, float[] bias,
            double[] plattA, double[] plattB, Map<String, String> info) {
        this.labels = List.copyOf(labels);
        this.space = space;
        this.weighting = weighting;
        this.weights = weights;
        this.table = interleave(weighting.idf(), weights);
        this.bias = bias;
        this.plattA = plattA;
        this.plattB = plattB;
        this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
    }

    public List<String> labels() {
        return labels;
    }

    public FeatureSpace space() {
        return space;
    }

    /** Facts recorded at training time: rows, options, cross-validated figures. */
    public Map<String, String> info() {
        return info;
    }

    public TextModel withInfo(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(info);
        merged.putAll(more);
        return new TextModel(labels, space, weighting, weights, bias, plattA, plattB, merged);
    }

    /** The TF-IDF vector of a text, as this model sees it (also used to compare texts). */
    public SparseVector vector(String text) {
        return weighting.apply(space.counts(text));
    }

    /** Calibrated confidence per category, in the order of {@link #labels()}; sums to 1. */
    public double[] probabilities(String text) {
        SparseVector counts = space.counts(text);
        int classes = labels.size();
        int stride = classes + 1;
        double[] s = new double[classes];
        double norm = 0;
        int[] idx = counts.indices();
        double[] tf = counts.values();
        for (int j = 0; j < idx.length; j++) {
            int base = idx[j] * stride;
            double x = Weighting.sublinear(tf[j]) * table[base];
            norm += x * x;
            for (int k = 0; k < classes; k++) {
                s[k] += table[base + 1 + k] * x;
            }
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int k = 0; k < classes; k++) {
            s[k] = s[k] * scale + bias[k];
        }
        return calibrated(s);
    }

    private double[] calibrated(double[] scores) {
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = 1 / (1 + Math.exp(-(plattA[k] * scores[k] + plattB[k])));
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public String predict(String text) {
        double[] p = probabilities(text);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return labels.get(best);
    }

    private static float[] interleave(float[] idf, float[][] weights) {
        int stride = weights.length + 1;
        float[] out = new float[stride * idf.length];
        for (int j = 0; j < idf.length; j++) {
            out[j * stride] = idf[j];
            for (int k = 0; k < weights.length; k++) {
                out[j * stride + 1 + k] = weights[k][j];
            }
        }
        return out;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(space.bits());
            out.writeInt(space.maxCharGram());
            out.writeInt(space.maxWordGram());
            out.writeInt(labels.size());
            for (String l : labels) {
                out.writeUTF(l);
            }
            out.writeInt(info.size());
            for (Map.Entry<String, String> e : info.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            for (float f : weighting.idf()) {
                out.writeFloat(f);
            }
            for (int k = 0; k < labels.size(); k++) {
                out.writeFloat(bias[k]);
                out.writeDouble(plattA[k]);
                out.writeDouble(plattB[k]);
                for (float f : weights[k]) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static TextModel fromBytes(byte[] data) {
        return read(new ByteArrayInputStream(data));
    }

    public static TextModel read(InputStream stream) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(stream),
                1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a Fengqiao triage model (format " + FORMAT + ")");
            }
            FeatureSpace space = new FeatureSpace(in.readInt(), in.readInt(), in.readInt());
            String[] labels = new String[in.readInt()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = in.readUTF();
            }
            Map<String, String> info = new LinkedHashMap<>();
            int entries = in.readInt();
            for (int i = 0; i < entries; i++) {
                info.put(in.readUTF(), in.readUTF());
            }
            int dims = space.dimensions() + 1;
            float[] idf = readFloats(in, dims);
            float[][] weights = new float[labels.length][];
            float[] bias = new float[labels.length];
            double[] a = new double[labels.length];
            double[] b = new double[labels.length];
            for (int k = 0; k < labels.length; k++) {
                bias[k] = in.readFloat();
                a[k] = in.readDouble();
                b[k] = in.readDouble();
                weights[k] = readFloats(in, dims);
            }
            return new TextModel(Arrays.asList(labels), space, new Weighting(idf), weights, bias, a, b, info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        byte[] raw = new byte[n * 4];
        in.readFully(raw);
        float[] f = new float[n];
        java.nio.ByteBuffer.wrap(raw).asFloatBuffer().get(f);
        return f;
    }
}
