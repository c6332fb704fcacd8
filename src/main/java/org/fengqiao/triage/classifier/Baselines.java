package org.fengqiao.triage.classifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Simple classifiers that the model must beat, trained on the same rows: the majority category, the nearest
 * TF-IDF centroid (cosine), and a multinomial naive Bayes on character 1–2-grams (Laplace smoothing).
 */
public final class Baselines {

    /** Character 1–2-grams only, no words: the classic character naive Bayes. */
    public static final FeatureSpace CHARS = new FeatureSpace(18, 2, 0);

    /** Additive smoothing over the n-grams seen in training (a hashed space is mostly empty buckets). */
    private static final double ALPHA = 0.1;

    private Baselines() {
    }

    /** A trained classifier of raw texts. */
    public interface Classifier {
        String predict(String text);
    }

    public static Classifier majority(List<String> labels) {
        Map<String, Integer> n = new HashMap<>();
        labels.forEach(l -> n.merge(l, 1, Integer::sum));
        String top = n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        return text -> top;
    }

    /** {@code counts} made with {@link FeatureSpace#DEFAULT}. */
    public static Classifier nearestCentroid(List<SparseVector> counts, List<String> labels) {
        int dims = FeatureSpace.DEFAULT.dimensions();
        Weighting weighting = Weighting.fit(counts, dims);
        List<String> classes = new ArrayList<>(new TreeSet<>(labels));
        double[][] centroid = new double[classes.size()][dims + 1];
        for (int i = 0; i < counts.size(); i++) {
            SparseVector v = weighting.apply(counts.get(i));
            double[] c = centroid[classes.indexOf(labels.get(i))];
            for (int j = 0; j < v.size(); j++) {
                c[v.indices()[j]] += v.values()[j];
            }
        }
        for (double[] c : centroid) {
            double norm = Math.sqrt(java.util.Arrays.stream(c).map(v -> v * v).sum());
            for (int j = 0; j < c.length && norm > 0; j++) {
                c[j] /= norm;
            }
        }
        return text -> {
            SparseVector v = weighting.apply(FeatureSpace.DEFAULT.counts(text));
            return classes.get(argmax(centroid, v));
        };
    }

    /** {@code counts} made with {@link #CHARS}. */
    public static Classifier naiveBayes(List<SparseVector> counts, List<String> labels) {
        int dims = CHARS.dimensions();
        List<String> classes = new ArrayList<>(new TreeSet<>(labels));
        double[][] logLikelihood = new double[classes.size()][dims + 1];
        double[] logPrior = new double[classes.size()];
        double[] total = new double[classes.size()];
        for (int i = 0; i < counts.size(); i++) {
            int k = classes.indexOf(labels.get(i));
            logPrior[k]++;
            SparseVector v = counts.get(i);
            for (int j = 0; j < v.size(); j++) {
                logLikelihood[k][v.indices()[j]] += v.values()[j];
                total[k] += v.values()[j];
            }
        }
        int seen = 0;
        for (int j = 1; j <= dims; j++) {
            boolean any = false;
            for (double[] row : logLikelihood) {
                any |= row[j] > 0;
            }
            seen += any ? 1 : 0;
        }
        for (int k = 0; k < classes.size(); k++) {
            logPrior[k] = Math.log(logPrior[k] / counts.size());
            double denominator = Math.log(total[k] + ALPHA * seen);
            for (int j = 1; j <= dims; j++) {
                logLikelihood[k][j] = Math.log(logLikelihood[k][j] + ALPHA) - denominator;
            }
        }
        return text -> {
            SparseVector v = CHARS.counts(text);
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes.size(); k++) {
                double s = logPrior[k];
                for (int j = 0; j < v.size(); j++) {
                    s += v.values()[j] * logLikelihood[k][v.indices()[j]];
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = k;
                }
            }
            return classes.get(best);
        };
    }

    private static int argmax(double[][] centroids, SparseVector v) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < centroids.length; k++) {
            double s = 0;
            for (int j = 0; j < v.size(); j++) {
                s += centroids[k][v.indices()[j]] * v.values()[j];
            }
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return best;
    }
}
