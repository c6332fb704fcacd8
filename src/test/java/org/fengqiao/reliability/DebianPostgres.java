package org.fengqiao.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's PostgreSQL (Debian's {@code postgresql} package) as a primary and a streaming replica on
 * localhost, each in its own data directory under a fresh temporary directory: the replica is made with
 * {@code pg_basebackup -R}, so it follows the primary exactly as an operator would set one up. PostgreSQL refuses to
 * run as root, so under root every server command runs as the {@code postgres} (or {@code nobody}) user.
 */
final class DebianPostgres implements AutoCloseable {

    private static final Path LIB = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dir;
    private final String osUser;
    private final int primaryPort;
    private final int replicaPort;

    private DebianPostgres(Path bin, Path dir, String osUser, int primaryPort, int replicaPort) {
        this.bin = bin;
        this.dir = dir;
        this.osUser = osUser;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** The newest installed server's binaries ({@code /usr/lib/postgresql/<major>/bin}), if any. */
    static Optional<Path> binaries() {
        if (!Files.isDirectory(LIB)) {
            return Optional.empty();
        }
        try (var majors = Files.list(LIB)) {
            return majors.map(m -> m.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("pg_basebackup")))
                    .max(Comparator.comparing(b -> majorOf(b)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Starts a primary with a database {@code fengqiao}, then a replica streaming from it. */
    static DebianPostgres primaryWithReplica(Path bin) throws Exception {
        Path dir = Files.createTempDirectory("fengqiao-scaleout-");
        String user = root() ? (exists("postgres") ? "postgres" : "nobody") : null;
        if (user != null) {
            run(List.of("chown", user, dir.toString()));
        }
        DebianPostgres pg = new DebianPostgres(bin, dir, user, AppProcess.freePort(), AppProcess.freePort());
        try {
            pg.server(List.of("initdb", "-D", pg.data("primary"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"));
            pg.start("primary", pg.primaryPort);
            try (Connection c = DriverManager.getConnection(pg.url(pg.primaryPort, "postgres"), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE fengqiao");
            }
            pg.server(List.of("pg_basebackup", "-h", "localhost", "-p", Integer.toString(pg.primaryPort), "-U",
                    "postgres", "-D", pg.data("replica"), "-R", "-X", "stream", "-c", "fast", "--no-sync"));
            pg.start("replica", pg.replicaPort);
            return pg;
        } catch (Exception e) {
            pg.close();
            throw e;
        }
    }

    String primaryUrl() {
        return url(primaryPort, "fengqiao");
    }

    String replicaUrl() {
        return url(replicaPort, "fengqiao");
    }

    int primaryPort() {
        return primaryPort;
    }

    Connection primary() throws SQLException {
        return DriverManager.getConnection(primaryUrl(), "postgres", "");
    }

    Connection replica() throws SQLException {
        return DriverManager.getConnection(replicaUrl(), "postgres", "");
    }

    /** Stops applying WAL on the replica (it keeps receiving it): the replica falls behind while the primary moves on. */
    void pauseReplay() throws SQLException {
        replicaSql("SELECT pg_wal_replay_pause()");
    }

    void resumeReplay() throws SQLException {
        replicaSql("SELECT pg_wal_replay_resume()");
    }

    /** The replica goes away at once, as on a crash ({@code pg_ctl stop -m immediate}). */
    void stopReplica() throws Exception {
        server(List.of("pg_ctl", "-D", data("replica"), "-m", "immediate", "-w", "stop"));
    }

    private void replicaSql(String sql) throws SQLException {
        try (Connection c = replica(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void start(String name, int port) throws Exception {
        server(List.of("pg_ctl", "-D", data(name), "-l", dir.resolve(name + ".log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off"
                        + " -c synchronous_commit=off -c max_connections=60 -c shared_buffers=64MB",
                "start"));
    }

    private String data(String name) {
        return dir.resolve(name).toString();
    }

    private String url(int port, String db) {
        return "jdbc:postgresql://localhost:" + port + "/" + db;
    }

    private void server(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (osUser != null) {
            full.addAll(List.of("runuser", "-u", osUser, "--"));
        }
        full.add(bin.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean exists(String user) throws Exception {
        return new ProcessBuilder("id", "-u", user).start().waitFor() == 0;
    }

    /** Both servers stopped at once and their directory removed. */
    @Override
    public void close() throws Exception {
        for (String name : List.of("replica", "primary")) {
            if (Files.exists(dir.resolve(name).resolve("postmaster.pid"))) {
                try {
                    server(List.of("pg_ctl", "-D", data(name), "-m", "immediate", "-w", "stop"));
                } catch (IllegalStateException e) {
                    // already gone
                }
            }
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }
}
