package org.fengqiao.triage.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The training recipe, judged on a stratified 20 % of the real messages that the model did not see. */
class HeldOutEvaluationTests {

    @Test
    void modelTrainedOnEightyPercentReachesMacroF1OfAtLeast085OnTheOtherTwenty() throws Exception {
        List<LabelledMessage> rows = TrainingData.rows();
        int[] fold = Folds.stratified(rows.stream().map(LabelledMessage::label).toList(), 5, 7);
        List<LabelledMessage> train = new ArrayList<>();
        List<LabelledMessage> test = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (fold[i] == 0 ? test : train).add(rows.get(i));
        }
        TextModel model = Training.train(train, TrainingOptions.DEFAULT);
        Evaluation evaluation = new Evaluation(model.labels(), test.size());
        for (LabelledMessage m : test) {
            double[] p = model.probabilities(m.text());
            String predicted = model.predict(m.text());
            evaluation.add(m.label(), predicted, p[model.labels().indexOf(predicted)]);
        }
        System.out.printf("held-out 20%%: macro_f1=%.4f accuracy=%.4f ece=%.4f%n", evaluation.macroF1(),
                evaluation.accuracy(), evaluation.expectedCalibrationError());
        assertThat(test).hasSizeBetween(480, 500);
        assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.expectedCalibrationError()).isLessThan(0.1);
    }

    @Test
    void trainingTwiceOnTheSameRowsGivesTheSameModel() throws Exception {
        List<LabelledMessage> rows = TrainingData.rows().subList(0, 400);
        TextModel a = Training.train(rows, TrainingOptions.DEFAULT);
        TextModel b = Training.train(rows, TrainingOptions.DEFAULT);
        assertThat(a.toBytes()).isEqualTo(b.toBytes());
    }
}
