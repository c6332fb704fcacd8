package org.fengqiao.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fengqiao as a separate operating-system process, started from the test's own class path (the packaged
 * classes plus dependencies) on its own embedded PostgreSQL data directory, with durable settings, so that it can
 * be killed with SIGKILL and started again exactly as an operator would.
 */
final class AppProcess implements AutoCloseable {

    private final Path dataDir;
    private final Path log;
    private final int httpPort;
    private final int dbPort;
    private final Map<String, String> extraEnv;
    private Process process;
    private int starts;

    AppProcess(Path workDir, int dbPort, Map<String, String> extraEnv) throws IOException {
        this.dataDir = workDir.resolve("pg");
        this.log = workDir.resolve("app.log");
        this.httpPort = freePort();
        this.dbPort = dbPort;
        this.extraEnv = extraEnv;
        Files.createDirectories(workDir);
    }

    /** A fresh data directory and a free database port. */
    static AppProcess fresh(Path workDir) throws IOException {
        deleteRecursively(workDir.resolve("pg"));
        Files.deleteIfExists(workDir.resolve("app.log"));
        return new AppProcess(workDir, freePort(), Map.of());
    }

    /** A second instance on the database of another (which must be running). */
    static AppProcess sharing(Path workDir, AppProcess first) throws IOException {
        Files.deleteIfExists(workDir.resolve("app.log"));
        return new AppProcess(workDir, first.dbPort, Map.of(
                "SPRING_DATASOURCE_URL", first.jdbcUrl(), "SPRING_DATASOURCE_USERNAME", "postgres",
                "FENGQIAO_DEMO_DATA", "false"));
    }

    /**
     * An instance on a PostgreSQL server of its own (no embedded one) on localhost:{@code dbPort}, database
     * {@code fengqiao}, with further settings in {@code env}.
     */
    static AppProcess onServer(Path workDir, int dbPort, Map<String, String> env) throws IOException {
        Files.deleteIfExists(workDir.resolve("app.log"));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + dbPort + "/fengqiao");
        all.put("SPRING_DATASOURCE_USERNAME", "postgres");
        return new AppProcess(workDir, dbPort, all);
    }

    void start() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx768m",
                "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai", "-cp", System.getProperty("java.class.path"),
                "org.fengqiao.FengqiaoApplication"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("PORT", Integer.toString(httpPort));
        pb.environment().put("FENGQIAO_EMBEDDED_PORT", Integer.toString(dbPort));
        pb.environment().put("FENGQIAO_EMBEDDED_DATA_DIR", dataDir.toString());
        pb.environment().put("FENGQIAO_EMBEDDED_DURABLE", "true");
        pb.environment().put("FENGQIAO_EMBEDDED_CLEAN", "false");
        pb.environment().putAll(extraEnv);
        process = pb.start();
        starts++;
        awaitReady(Duration.ofSeconds(240));
    }

    /**
     * Ready when the readiness probe answers 200 (after every start-up runner: demo accounts, ladders) and the demo
     * dispatcher can sign in.
     */
    private void awaitReady(Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fengqiao exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> probe = http.send(HttpRequest.newBuilder(
                        URI.create(base() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (probe.statusCode() != 200) {
                    Thread.sleep(250);
                    continue;
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                        .header("Authorization", basic("dispatcher")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Fengqiao not ready after " + limit + "; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, the PostgreSQL child is orphaned and keeps running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM): Spring closes the context and with it the embedded PostgreSQL. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    /** The postmaster running on the data directory, if any. */
    Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        return lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    @Override
    public void close() throws Exception {
        stop();
        Optional<ProcessHandle> pg = postmaster();
        if (pg.isPresent()) {
            new ProcessBuilder("kill", "-INT", Long.toString(pg.get().pid())).start().waitFor();
            pg.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + dbPort + "/fengqiao";
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    int starts() {
        return starts;
    }

    Path log() {
        return log;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
