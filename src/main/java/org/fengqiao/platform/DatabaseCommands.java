package org.fengqiao.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;

/**
 * {@code ./fengqiao backup FILE} and {@code ./fengqiao restore FILE}: against {@code SPRING_DATASOURCE_URL} when set,
 * otherwise against the embedded PostgreSQL of a running Fengqiao (found through its data directory).
 */
public final class DatabaseCommands {

    private DatabaseCommands() {
    }

    public static void backup(String[] args) {
        run(args, "backup", (url, user, password, file) -> {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                return DatabaseBackup.backup(c, file);
            }
        });
    }

    public static void restore(String[] args) {
        run(args, "restore", DatabaseBackup::restore);
    }

    private interface Step {
        Properties apply(String url, String user, String password, Path file) throws Exception;
    }

    private static void run(String[] args, String name, Step step) {
        if (args.length != 1) {
            System.err.println("用法 (usage): ./fengqiao " + name + " FILE");
            System.exit(2);
        }
        try {
            String url = System.getenv("SPRING_DATASOURCE_URL");
            String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
            String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
            if (url == null || url.isBlank()) {
                url = embeddedUrl(Path.of(System.getenv().getOrDefault("FENGQIAO_EMBEDDED_DATA_DIR", "data/pg")));
                user = "postgres";
            }
            Properties manifest = step.apply(url, user, password, Path.of(args[0]));
            long rows = manifest.stringPropertyNames().stream().filter(k -> k.startsWith("rows."))
                    .mapToLong(k -> Long.parseLong(manifest.getProperty(k))).sum();
            System.out.printf("%s %s: schema %s, %d tables, %d rows%n", name, args[0],
                    manifest.getProperty("schemaVersion"), manifest.getProperty("tables").split(",").length, rows);
        } catch (Exception e) {
            System.err.println(name + " 失败 (failed): " + e.getMessage());
            System.exit(1);
        }
    }

    /** The running embedded server's port is the fourth line of its postmaster.pid. */
    static String embeddedUrl(Path dataDir) throws Exception {
        Path pid = dataDir.resolve("postmaster.pid");
        List<String> lines = Files.exists(pid) ? Files.readAllLines(pid) : List.of();
        if (lines.size() < 4 || ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                .isEmpty()) {
            throw new IllegalStateException("内置数据库未运行：请先 ./fengqiao run，或设置 SPRING_DATASOURCE_URL "
                    + "(the embedded database in " + dataDir + " is not running: start Fengqiao first)");
        }
        return "jdbc:postgresql://localhost:" + lines.get(3).trim() + "/" + EmbeddedPostgresServers.DATABASE;
    }
}
