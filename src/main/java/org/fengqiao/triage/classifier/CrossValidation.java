package org.fengqiao.triage.classifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Stratified k-fold cross-validation of the model and of the baselines on the same folds, in one run: every row
 * is predicted by classifiers that never saw it.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Out-of-fold evaluation per method: "model", "majority", "centroid", "naive-bayes". */
    public static Map<String, Evaluation> run(List<LabelledMessage> rows, TrainingOptions options, int folds) {
        List<String> labels = rows.stream().map(LabelledMessage::label).toList();
        List<String> classes = new ArrayList<>(new TreeSet<>(labels));
        List<SparseVector> counts = rows.stream().map(r -> options.space().counts(r.text())).toList();
        List<SparseVector> defaultCounts = options.space().equals(FeatureSpace.DEFAULT) ? counts
                : rows.stream().map(r -> FeatureSpace.DEFAULT.counts(r.text())).toList();
        List<SparseVector> charCounts = rows.stream().map(r -> Baselines.CHARS.counts(r.text())).toList();
        Map<String, Evaluation> result = new LinkedHashMap<>();
        for (String method : List.of("model", "majority", "centroid", "naive-bayes")) {
            result.put(method, new Evaluation(classes, rows.size()));
        }
        int[] fold = Folds.stratified(labels, folds, options.seed() + 1);
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (fold[i] == f ? test : train).add(i);
            }
            List<String> trainLabels = train.stream().map(labels::get).toList();
            TextModel model = Training.train(train.stream().map(counts::get).toList(), trainLabels, options);
            Baselines.Classifier majority = Baselines.majority(trainLabels);
            Baselines.Classifier centroid = Baselines.nearestCentroid(train.stream().map(defaultCounts::get).toList(),
                    trainLabels);
            Baselines.Classifier bayes = Baselines.naiveBayes(train.stream().map(charCounts::get).toList(), trainLabels);
            for (int i : test) {
                String text = rows.get(i).text();
                double[] p = model.probabilities(text);
                int best = argmax(p);
                result.get("model").add(labels.get(i), model.labels().get(best), p[best]);
                result.get("majority").add(labels.get(i), majority.predict(text), 1);
                result.get("centroid").add(labels.get(i), centroid.predict(text), 1);
                result.get("naive-bayes").add(labels.get(i), bayes.predict(text), 1);
            }
        }
        return result;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
