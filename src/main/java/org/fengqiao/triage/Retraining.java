package org.fengqiao.triage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.triage.classifier.Evaluation;
import org.fengqiao.triage.classifier.Folds;
import org.fengqiao.triage.classifier.LabelledMessage;
import org.fengqiao.triage.classifier.MessageFile;
import org.fengqiao.triage.classifier.TextModel;
import org.fengqiao.triage.classifier.Training;
import org.fengqiao.triage.classifier.TrainingOptions;
import org.springframework.stereotype.Service;

/**
 * Model versions by admins: retrain from the base training file plus the corrections, show the candidate's
 * evaluation on held-out rows (a stratified share, predicted by a model trained on the rest), and activate a version
 * only when accepted; any accepted version can be activated again (rollback).
 */
@Service
class Retraining {

    private final ModelVersions versions;
    private final Corrections corrections;
    private final ActiveModel active;
    private final TriageSettings settings;

    Retraining(ModelVersions versions, Corrections corrections, ActiveModel active, TriageSettings settings) {
        this.versions = versions;
        this.corrections = corrections;
        this.active = active;
        this.settings = settings;
    }

    /** Where a retrain is: a step (message key suffix) and the percentage done. */
    interface Progress {
        void report(String step, int percent);
    }

    /** Trains a candidate version; returns its number. Takes seconds to a minute: the caller waits. */
    int retrain(Actor by) {
        requireAdmin(by);
        return retrain(by.username(), (step, percent) -> { });
    }

    /** Trains a candidate version for an admin already checked (the background task), reporting progress. */
    int retrain(String byUsername, Progress progress) {
        progress.report("reading", 2);
        List<LabelledMessage> rows = new ArrayList<>(baseRows());
        List<LabelledMessage> corrected = corrections.asTrainingRows();
        rows.addAll(corrected);
        List<String> labels = rows.stream().map(LabelledMessage::label).toList();
        int folds = (int) Math.max(2, Math.round(1 / settings.heldOutShare()));
        int[] fold = Folds.stratified(labels, folds, TrainingOptions.DEFAULT.seed());
        List<LabelledMessage> train = new ArrayList<>();
        List<LabelledMessage> heldOut = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (fold[i] == 0 ? heldOut : train).add(rows.get(i));
        }
        progress.report("candidate", 10);
        TextModel candidate = Training.train(train, TrainingOptions.DEFAULT);
        progress.report("evaluating", 45);
        Evaluation evaluation = evaluate(candidate, heldOut);
        Evaluation current = evaluate(active.get().model(), heldOut);
        String report = String.format(Locale.ROOT, """
                held-out: %d of %d rows (stratified %.0f%%), predicted by a model trained on the other %d rows
                candidate: macro_f1=%.4f accuracy=%.4f ece=%.4f
                active version %d on the same rows: macro_f1=%.4f accuracy=%.4f (it may have been trained on them)

                %s""", heldOut.size(), rows.size(), 100.0 / folds, train.size(), evaluation.macroF1(),
                evaluation.accuracy(), evaluation.expectedCalibrationError(), active.get().version(),
                current.macroF1(), current.accuracy(), evaluation.report());
        progress.report("final", 55);
        TextModel model = Training.train(rows, TrainingOptions.DEFAULT);
        progress.report("storing", 95);
        return versions.addCandidate(byUsername, "retrain: " + settings.trainingFile() + " + corrections",
                rows.size(), corrected.size(), evaluation.macroF1(), evaluation.accuracy(),
                evaluation.expectedCalibrationError(), report, model.toBytes());
    }

    /** Makes an accepted version or a candidate the active model (accepting it), or rolls back to an older one. */
    void activate(int version, Actor by) {
        requireAdmin(by);
        ModelVersion v = versions.find(version).orElseThrow(() -> new NotFound("model", version));
        if (v.status() == ModelVersion.Status.REJECTED) {
            throw new InvalidInput("version", "triage.error.rejected", version);
        }
        versions.activate(version);
        active.use(version);
    }

    void reject(int version, Actor by) {
        requireAdmin(by);
        ModelVersion v = versions.find(version).orElseThrow(() -> new NotFound("model", version));
        if (v.active()) {
            throw new InvalidInput("version", "triage.error.rejectActive", version);
        }
        versions.reject(version);
    }

    private List<LabelledMessage> baseRows() {
        Path file = Path.of(settings.trainingFile());
        if (!Files.isReadable(file)) {
            throw new InvalidInput("trainingFile", "triage.error.trainingFile", file.toAbsolutePath().normalize());
        }
        try {
            return MessageFile.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput("trainingFile", "triage.error.trainingFile", file.toAbsolutePath().normalize());
        }
    }

    private static Evaluation evaluate(TextModel model, List<LabelledMessage> rows) {
        Evaluation e = new Evaluation(model.labels(), rows.size());
        for (LabelledMessage r : rows) {
            double[] p = model.probabilities(r.text());
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            e.add(r.label(), model.labels().get(best), p[best]);
        }
        return e;
    }

    private static void requireAdmin(Actor by) {
        if (by == null || !by.has(Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
    }
}
