package org.fengqiao.triage.classifier;

import de.bwaldvogel.liblinear.SolverType;

/**
 * How a model is trained. The defaults are the setting chosen by 5-fold cross-validation on the training file
 * (see {@code ./fengqiao triage cv}).
 *
 * @param solver           liblinear solver
 * @param c                liblinear's cost of misclassification (inverse regularisation)
 * @param balanced         weight each category by {@code N / (K * n_k)} so small categories count as much
 * @param calibrationFolds folds whose out-of-fold scores fit the confidence sigmoids
 * @param seed             fixes fold assignment and liblinear's shuffling: the same file gives the same model
 */
public record TrainingOptions(FeatureSpace space, SolverType solver, double c, boolean balanced, int calibrationFolds,
        long seed) {

    public static final TrainingOptions DEFAULT = new TrainingOptions(FeatureSpace.DEFAULT,
            SolverType.L2R_L2LOSS_SVC_DUAL, 1.0, true, 5, 42);

    public TrainingOptions withC(double value) {
        return new TrainingOptions(space, solver, value, balanced, calibrationFolds, seed);
    }

    public TrainingOptions withBalanced(boolean value) {
        return new TrainingOptions(space, solver, c, value, calibrationFolds, seed);
    }

    public TrainingOptions withSolver(SolverType value) {
        return new TrainingOptions(space, value, c, balanced, calibrationFolds, seed);
    }

    public TrainingOptions withSpace(FeatureSpace value) {
        return new TrainingOptions(value, solver, c, balanced, calibrationFolds, seed);
    }

    @Override
    public String toString() {
        return "solver=" + solver + " C=" + c + " balanced=" + balanced + " bits=" + space.bits() + " chars=1-"
                + space.maxCharGram() + " words=1-" + space.maxWordGram() + " seed=" + seed;
    }
}
