package org.fengqiao.triage.classifier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real messages, read from {@code ../shared/data/} next to the repository (never copied into it). In CI
 * (environment variable {@code CI} set) a missing file is a failure; elsewhere the test is skipped.
 */
public final class TrainingData {

    public static final Path FILE = Path.of("../shared/data/gov-messages/train.csv");

    private TrainingData() {
    }

    public static List<LabelledMessage> rows() throws IOException {
        if (!Files.isReadable(FILE)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI must provide " + FILE.toAbsolutePath().normalize());
            }
            assumeTrue(false, "skipped: " + FILE.toAbsolutePath().normalize() + " is not present outside CI");
        }
        return MessageFile.read(FILE);
    }
}
