package org.fengqiao.triage.classifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains a {@link TextModel} with liblinear: the linear scorers on all rows, then the confidence sigmoids on scores
 * that each row got from a model that had not seen it (out-of-fold), fitted by liblinear's logistic regression.
 */
public final class Training {

    static {
        Linear.disableDebugOutput();
    }

    private Training() {
    }

    public static TextModel train(List<LabelledMessage> rows, TrainingOptions options) {
        List<SparseVector> counts = rows.stream().map(r -> options.space().counts(r.text())).toList();
        return train(counts, rows.stream().map(LabelledMessage::label).toList(), options);
    }

    /** From term counts made with {@code options.space()} (so cross-validation featurises once). */
    public static TextModel train(List<SparseVector> counts, List<String> labels, TrainingOptions options) {
        List<String> classes = new ArrayList<>(new TreeSet<>(labels));
        if (classes.size() < 2) {
            throw new IllegalArgumentException("training needs at least two categories, got " + classes);
        }
        int dims = options.space().dimensions();
        Weighting weighting = Weighting.fit(counts, dims);
        List<SparseVector> x = counts.stream().map(weighting::apply).toList();
        int[] y = labels.stream().mapToInt(classes::indexOf).toArray();

        Scorers all = fit(x, y, classes.size(), dims, options, all(y.length));
        double[][] oof = new double[y.length][];
        int[] fold = Folds.stratified(labels, options.calibrationFolds(), options.seed());
        for (int f = 0; f < options.calibrationFolds(); f++) {
            boolean[] in = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                in[i] = fold[i] != f;
            }
            Scorers part = fit(x, y, classes.size(), dims, options, in);
            for (int i = 0; i < y.length; i++) {
                if (!in[i]) {
                    oof[i] = part.scores(x.get(i));
                }
            }
        }
        double[] a = new double[classes.size()];
        double[] b = new double[classes.size()];
        for (int k = 0; k < classes.size(); k++) {
            double[] ab = platt(oof, y, k, options.seed());
            a[k] = ab[0];
            b[k] = ab[1];
        }
        Map<String, String> info = new LinkedHashMap<>();
        info.put("rows", String.valueOf(y.length));
        info.put("options", options.toString());
        return new TextModel(classes, options.space(), weighting, all.weights, all.bias, a, b, info);
    }

    private static boolean[] all(int n) {
        boolean[] in = new boolean[n];
        java.util.Arrays.fill(in, true);
        return in;
    }

    private static Scorers fit(List<SparseVector> x, int[] y, int classes, int dims, TrainingOptions options,
            boolean[] in) {
        Problem problem = new Problem();
        List<Feature[]> rows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        int[] perClass = new int[classes];
        for (int i = 0; i < y.length; i++) {
            if (in[i]) {
                rows.add(features(x.get(i), dims));
                targets.add((double) y[i]);
                perClass[y[i]]++;
            }
        }
        problem.l = rows.size();
        problem.n = dims + 1;
        problem.bias = 1;
        problem.x = rows.toArray(Feature[][]::new);
        problem.y = targets.stream().mapToDouble(Double::doubleValue).toArray();
        Parameter parameter = new Parameter(options.solver(), options.c(), 0.1);
        parameter.setRandom(new Random(options.seed()));
        if (options.balanced()) {
            List<Integer> present = new ArrayList<>();
            List<Double> weight = new ArrayList<>();
            for (int k = 0; k < classes; k++) {
                if (perClass[k] > 0) {
                    present.add(k);
                    weight.add(problem.l / (double) (classes * perClass[k]));
                }
            }
            parameter.setWeights(weight.stream().mapToDouble(Double::doubleValue).toArray(),
                    present.stream().mapToInt(Integer::intValue).toArray());
        }
        return Scorers.of(Linear.train(problem, parameter), classes, dims);
    }

    private static Feature[] features(SparseVector v, int dims) {
        Feature[] f = new Feature[v.size() + 1];
        for (int j = 0; j < v.size(); j++) {
            f[j] = new FeatureNode(v.indices()[j], v.values()[j]);
        }
        f[v.size()] = new FeatureNode(dims + 1, 1);
        return f;
    }

    /** Platt scaling of category k: P(k | score) = 1 / (1 + exp(-(a * score + b))), by liblinear's logistic regression. */
    private static double[] platt(double[][] scores, int[] y, int k, long seed) {
        Problem problem = new Problem();
        problem.l = y.length;
        problem.n = 2;
        problem.bias = 1;
        problem.x = new Feature[y.length][];
        problem.y = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            problem.x[i] = new Feature[] {new FeatureNode(1, scores[i][k]), new FeatureNode(2, 1)};
            problem.y[i] = y[i] == k ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, 100, 1e-4);
        parameter.setRandom(new Random(seed));
        Model m = Linear.train(problem, parameter);
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        return new double[] {sign * w[0], sign * w[1]};
    }

    /** The linear scorers of a liblinear model, laid out by category for fast scoring. */
    private record Scorers(float[][] weights, float[] bias) {

        static Scorers of(Model model, int classes, int dims) {
            double[] w = model.getFeatureWeights();
            int[] modelLabels = model.getLabels();
            int stride = model.getNrClass() == 2 && model.getSolverType() != SolverType.MCSVM_CS ? 1 : model.getNrClass();
            float[][] weights = new float[classes][dims + 1];
            float[] bias = new float[classes];
            java.util.Arrays.fill(bias, -10f);
            for (int c = 0; c < model.getNrClass(); c++) {
                int k = modelLabels[c];
                int column = stride == 1 ? 0 : c;
                double sign = stride == 1 && c == 1 ? -1 : 1;
                for (int j = 0; j < dims; j++) {
                    weights[k][j + 1] = (float) (sign * w[j * stride + column]);
                }
                bias[k] = (float) (sign * w[dims * stride + column] * model.getBias());
            }
            return new Scorers(weights, bias);
        }

        double[] scores(SparseVector x) {
            double[] s = new double[weights.length];
            for (int k = 0; k < s.length; k++) {
                double v = bias[k];
                for (int j = 0; j < x.size(); j++) {
                    v += weights[k][x.indices()[j]] * x.values()[j];
                }
                s[k] = v;
            }
            return s;
        }
    }
}
