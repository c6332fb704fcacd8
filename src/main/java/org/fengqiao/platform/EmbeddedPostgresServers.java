package org.fengqiao.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM: every Spring context of a test run shares it,
 * and the application's restarts reuse the cluster on disk.
 */
final class EmbeddedPostgresServers {

    static final String DATABASE = "fengqiao";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, EmbeddedPostgres> running = new ConcurrentHashMap<>();

    private EmbeddedPostgresServers() {
    }

    /** Starts (or reuses) the server for these settings and returns the JDBC URL of the Fengqiao database. */
    static String jdbcUrl(EmbeddedDatabaseSettings settings) {
        Path dir = settings.dataDir().toAbsolutePath().normalize();
        EmbeddedPostgres server = running.computeIfAbsent(dir, d -> start(d, settings));
        return server.getJdbcUrl("postgres", DATABASE);
    }

    private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseSettings settings) {
        try {
            Files.createDirectories(dir);
            OrphanedPostmaster.stopIfRunning(dir);
            if (settings.clean()) {
                // a test JVM that died leaves its cluster behind, and initdb refuses a non-empty directory
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
                Files.createDirectories(dir);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(settings.clean())
                    .setPort(settings.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (settings.durable()) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                builder.setServerConfig("synchronous_commit", "off");
            }
            EmbeddedPostgres server = builder.start();
            createDatabase(server);
            log.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), dir);
            return server;
        } catch (IOException | RuntimeException e) {
            throw unavailable(dir, e);
        }
    }

    private static void createDatabase(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
    }

    private static EmbeddedDatabaseUnavailable unavailable(Path dir, Exception e) {
        boolean root = "root".equals(System.getProperty("user.name"));
        String reason = "内置 PostgreSQL 无法启动 (embedded PostgreSQL could not start, data directory " + dir + "): "
                + rootCause(e);
        String action = root
                ? "以 root 运行时，内置数据库需要用户命名空间 (unshare -U)，本机似乎禁止。请以普通用户运行 ./fengqiao run，"
                        + "或设置 SPRING_DATASOURCE_URL / SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD 使用外部 PostgreSQL。\n"
                        + "As root the embedded database needs user namespaces (unshare -U), which this machine seems to block. "
                        + "Run ./fengqiao run as a normal user, or set SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD to use an external PostgreSQL."
                : "请检查数据目录是否可写、是否有另一个 Fengqiao 正在使用它，或设置 SPRING_DATASOURCE_URL 使用外部 PostgreSQL。\n"
                        + "Check that the data directory is writable and not used by another Fengqiao, "
                        + "or set SPRING_DATASOURCE_URL to use an external PostgreSQL.";
        return new EmbeddedDatabaseUnavailable(reason, action, e);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
