package org.fengqiao.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the JVM was killed (kill -9, power loss) its PostgreSQL child may still run on the data directory.
 * It is asked to shut down fast so the new start owns the cluster; PostgreSQL's own recovery does the rest.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (process.isEmpty() || !process.get().isAlive()
                || !process.get().info().command().orElse("").contains("postgres")) {
            return;
        }
        log.warn("Stopping PostgreSQL {} left running by an earlier Fengqiao on {}", process.get().pid(), dataDir);
        new ProcessBuilder("kill", "-INT", Long.toString(process.get().pid())).inheritIO().start();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (process.get().isAlive() && Instant.now().isBefore(until)) {
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
