import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fengqiao.triage.classifier.Baselines;
import org.fengqiao.triage.classifier.LabelledMessage;
import org.fengqiao.triage.classifier.MessageFile;
import org.fengqiao.triage.classifier.ShippedModel;
import org.fengqiao.triage.classifier.SparseVector;
import org.fengqiao.triage.classifier.TextModel;

/**
 * Throughput of the shipped triage model beside the character naive Bayes baseline, on the same texts, one thread,
 * in the same JVM: warm-up rounds, then the median of timed rounds.
 */
public class TriageBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/gov-messages/train.csv");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<LabelledMessage> rows = MessageFile.read(file);
        String[] texts = rows.stream().map(LabelledMessage::text).toArray(String[]::new);

        long start = System.nanoTime();
        TextModel model = ShippedModel.load();
        model.probabilities("预热");
        System.out.printf(Locale.ROOT, "shipped model loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        List<SparseVector> counts = rows.stream().map(r -> Baselines.CHARS.counts(r.text())).toList();
        Baselines.Classifier bayes = Baselines.naiveBayes(counts, rows.stream().map(LabelledMessage::label).toList());

        double[] modelRates = new double[rounds];
        double[] bayesRates = new double[rounds];
        for (int warm = 0; warm < 3; warm++) {
            rate(texts, t -> model.probabilities(t)[0]);
            rate(texts, t -> bayes.predict(t).length());
        }
        for (int r = 0; r < rounds; r++) {
            modelRates[r] = rate(texts, t -> model.probabilities(t)[0]);
            bayesRates[r] = rate(texts, t -> bayes.predict(t).length());
        }
        double m = median(modelRates);
        double b = median(bayesRates);
        double chars = Arrays.stream(texts).mapToInt(String::length).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d messages (mean %.0f chars), %d timed rounds, one thread, per CPU-second of that thread%n", texts.length,
                chars, rounds);
        System.out.printf(Locale.ROOT, "baseline char naive Bayes : %8.0f msgs/s%n", b);
        System.out.printf(Locale.ROOT, "shipped model             : %8.0f msgs/s%n", m);
        System.out.printf(Locale.ROOT, "ratio model/baseline      : %8.2f%n", m / b);
    }

    interface Work {
        double apply(String text);
    }

    /** Messages per second of this thread's CPU time: a busy shared machine does not count against it. */
    private static double rate(String[] texts, Work work) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double sink = 0;
        long t0 = cpu.getCurrentThreadCpuTime();
        for (String t : texts) {
            sink += work.apply(t);
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        if (sink == Double.MIN_VALUE) {
            System.out.println(sink);
        }
        return texts.length / ((t1 - t0) / 1e9);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
