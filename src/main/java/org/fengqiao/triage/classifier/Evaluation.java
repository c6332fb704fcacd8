package org.fengqiao.triage.classifier;

import java.util.List;
import java.util.Locale;

/**
 * How well predictions match the truth: confusion matrix, per-category precision/recall/F1, macro-F1, accuracy and,
 * where confidences are given, the expected calibration error (10 equal-width bins of the top confidence).
 */
public final class Evaluation {

    private final List<String> labels;
    private final int[][] confusion;
    private final double[] confidence;
    private final boolean[] correct;
    private int n;

    public Evaluation(List<String> labels, int capacity) {
        this.labels = List.copyOf(labels);
        this.confusion = new int[labels.size()][labels.size()];
        this.confidence = new double[capacity];
        this.correct = new boolean[capacity];
    }

    /** Records one prediction; an actual category the model does not know counts as a miss. */
    public void add(String actual, String predicted, double topConfidence) {
        int a = labels.indexOf(actual);
        int p = labels.indexOf(predicted);
        if (a >= 0 && p >= 0) {
            confusion[a][p]++;
        }
        confidence[n] = topConfidence;
        correct[n] = actual.equals(predicted);
        n++;
    }

    public int count() {
        return n;
    }

    public double precision(int k) {
        int col = 0;
        for (int[] row : confusion) {
            col += row[k];
        }
        return col == 0 ? 0 : confusion[k][k] / (double) col;
    }

    public double recall(int k) {
        int row = 0;
        for (int v : confusion[k]) {
            row += v;
        }
        return row == 0 ? 0 : confusion[k][k] / (double) row;
    }

    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the categories that occur in the truth. */
    public double macroF1() {
        double sum = 0;
        int present = 0;
        for (int k = 0; k < labels.size(); k++) {
            int row = 0;
            for (int v : confusion[k]) {
                row += v;
            }
            if (row > 0) {
                sum += f1(k);
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }

    public double accuracy() {
        int ok = 0;
        for (int i = 0; i < n; i++) {
            ok += correct[i] ? 1 : 0;
        }
        return n == 0 ? 0 : ok / (double) n;
    }

    public double expectedCalibrationError() {
        int bins = 10;
        double[] conf = new double[bins];
        double[] acc = new double[bins];
        int[] size = new int[bins];
        for (int i = 0; i < n; i++) {
            int b = Math.min(bins - 1, (int) (confidence[i] * bins));
            conf[b] += confidence[i];
            acc[b] += correct[i] ? 1 : 0;
            size[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (size[b] > 0) {
                ece += Math.abs(acc[b] - conf[b]) / n;
            }
        }
        return ece;
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s%9s %9s %9s %7s%n", pad("category"), "precision", "recall", "f1",
                "support"));
        for (int k = 0; k < labels.size(); k++) {
            int support = 0;
            for (int v : confusion[k]) {
                support += v;
            }
            out.append(String.format(Locale.ROOT, "%s%9.4f %9.4f %9.4f %7d%n", pad(labels.get(k)), precision(k),
                    recall(k), f1(k), support));
        }
        out.append(String.format(Locale.ROOT, "%nconfusion matrix (rows: actual, columns: predicted)%n%s", pad("")));
        for (int k = 0; k < labels.size(); k++) {
            out.append(String.format(Locale.ROOT, " %5s", "c" + k));
        }
        out.append('\n');
        for (int a = 0; a < labels.size(); a++) {
            out.append(pad("c" + a + " " + labels.get(a)));
            for (int p = 0; p < labels.size(); p++) {
                out.append(String.format(Locale.ROOT, " %5d", confusion[a][p]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Pads to 16 terminal columns; Chinese characters take two. */
    private static String pad(String s) {
        int width = s.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
        return s + " ".repeat(Math.max(1, 16 - width));
    }
}
