package org.fengqiao.triage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.bwaldvogel.liblinear.SolverType;
import org.fengqiao.triage.classifier.CrossValidation;
import org.fengqiao.triage.classifier.Evaluation;
import org.fengqiao.triage.classifier.FeatureSpace;
import org.fengqiao.triage.classifier.LabelledMessage;
import org.fengqiao.triage.classifier.MessageFile;
import org.fengqiao.triage.classifier.ShippedModel;
import org.fengqiao.triage.classifier.TextModel;
import org.fengqiao.triage.classifier.Training;
import org.fengqiao.triage.classifier.TrainingOptions;

/**
 * {@code ./fengqiao triage train|cv|evaluate FILE.csv}: plain Java, no Spring context and no database.
 */
public final class TriageCommands {

    static final String DEFAULT_OUT = "src/main/resources/" + ShippedModel.RESOURCE;

    private final PrintStream out;

    TriageCommands(PrintStream out) {
        this.out = out;
    }

    /** Entry from {@code org.fengqiao.Cli}; exits with 2 on a usage error and 1 when a file cannot be read. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            int code = new TriageCommands(out).run(args);
            if (code != 0) {
                System.exit(code);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("triage: " + e.getMessage());
            System.exit(1);
        }
    }

    int run(String[] args) throws IOException {
        if (args.length < 2) {
            out.println("用法 (usage): ./fengqiao triage train FILE.csv [--out PATH] [options]");
            out.println("                         triage cv FILE.csv [options]");
            out.println("                         triage evaluate FILE.csv [--model PATH]");
            out.println("options: --c X  --unbalanced  --solver NAME  --bits N  --chars N  --words N");
            return 2;
        }
        List<LabelledMessage> rows = MessageFile.read(Path.of(args[1]));
        List<String> rest = List.of(args).subList(2, args.length);
        switch (args[0]) {
            case "train" -> train(rows, rest);
            case "cv" -> crossValidate(rows, options(rest));
            case "evaluate" -> evaluate(rows, rest);
            default -> {
                out.println("unknown triage command: " + args[0]);
                return 2;
            }
        }
        return 0;
    }

    private void train(List<LabelledMessage> rows, List<String> args) throws IOException {
        TrainingOptions options = options(args);
        Path target = Path.of(value(args, "--out", DEFAULT_OUT));
        long start = System.nanoTime();
        Map<String, Evaluation> cv = CrossValidation.run(rows, options, 5);
        Evaluation model = cv.get("model");
        TextModel trained = Training.train(rows, options).withInfo(Map.of(
                "cv_macro_f1", format(model.macroF1()),
                "cv_accuracy", format(model.accuracy()),
                "cv_ece", format(model.expectedCalibrationError())));
        byte[] bytes = trained.toBytes();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, bytes);
        out.printf(Locale.ROOT, "trained on %d rows (%s) in %.1f s; 5-fold CV macro_f1=%.4f accuracy=%.4f ece=%.4f%n",
                rows.size(), options, (System.nanoTime() - start) / 1e9, model.macroF1(), model.accuracy(),
                model.expectedCalibrationError());
        out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", target, bytes.length);
    }

    private void crossValidate(List<LabelledMessage> rows, TrainingOptions options) {
        long start = System.nanoTime();
        Map<String, Evaluation> cv = CrossValidation.run(rows, options, 5);
        out.println("5-fold stratified cross-validation on " + rows.size() + " rows; model: " + options);
        out.println();
        out.print(cv.get("model").report());
        out.println();
        for (Map.Entry<String, Evaluation> e : cv.entrySet()) {
            out.printf(Locale.ROOT, "%-12s macro_f1=%.4f accuracy=%.4f%n", e.getKey(), e.getValue().macroF1(),
                    e.getValue().accuracy());
        }
        out.printf(Locale.ROOT, "model calibration: ece=%.4f (10 bins, top confidence)%n",
                cv.get("model").expectedCalibrationError());
        out.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void evaluate(List<LabelledMessage> rows, List<String> args) throws IOException {
        long start = System.nanoTime();
        String path = value(args, "--model", null);
        TextModel model = path == null ? ShippedModel.load() : TextModel.fromBytes(Files.readAllBytes(Path.of(path)));
        long read = System.nanoTime();
        model.probabilities("模型预热");
        long loaded = System.nanoTime();
        out.printf(Locale.ROOT, "model %s loaded in %d ms (%d ms the model, %d ms HanLP's dictionary)%n",
                path == null ? ShippedModel.RESOURCE : path, (loaded - start) / 1_000_000, (read - start) / 1_000_000,
                (loaded - read) / 1_000_000);
        List<String> texts = new ArrayList<>(rows.stream().map(LabelledMessage::text).toList());
        double sink = 0;
        for (String t : texts) {
            sink += model.probabilities(t)[0];
        }
        Evaluation evaluation = new Evaluation(model.labels(), rows.size());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        double[][] p = new double[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            p[i] = model.probabilities(texts.get(i));
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < rows.size(); i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                best = p[i][k] > p[i][best] ? k : best;
            }
            evaluation.add(rows.get(i).label(), model.labels().get(best), p[i][best]);
        }
        out.println();
        out.print(evaluation.report());
        out.printf(Locale.ROOT, "%nece=%.4f rows=%d wall_clock_msgs_per_s=%d%n", evaluation.expectedCalibrationError(),
                rows.size(), Math.round(rows.size() / ((t1 - t0) / 1e9)));
        out.println("msgs_per_s: one thread, second pass after a warm-up pass" + (sink > 0 ? "" : " ")
                + ", per second of that thread's CPU time (one core; waiting for a busy CPU does not count)");
        out.printf(Locale.ROOT, "macro_f1=%.4f accuracy=%.4f msgs_per_s=%d%n", evaluation.macroF1(),
                evaluation.accuracy(), Math.round(rows.size() / ((c1 - c0) / 1e9)));
    }

    static TrainingOptions options(List<String> args) {
        TrainingOptions o = TrainingOptions.DEFAULT;
        o = o.withC(Double.parseDouble(value(args, "--c", String.valueOf(o.c()))));
        if (args.contains("--unbalanced")) {
            o = o.withBalanced(false);
        }
        o = o.withSolver(SolverType.valueOf(value(args, "--solver", o.solver().name())));
        FeatureSpace s = o.space();
        return o.withSpace(new FeatureSpace(Integer.parseInt(value(args, "--bits", String.valueOf(s.bits()))),
                Integer.parseInt(value(args, "--chars", String.valueOf(s.maxCharGram()))),
                Integer.parseInt(value(args, "--words", String.valueOf(s.maxWordGram())))));
    }

    private static String value(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
