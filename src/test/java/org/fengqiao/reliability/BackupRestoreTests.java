package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.fengqiao.platform.DatabaseBackup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A backup of the running database restored into a fresh database gives the same rows: every table's count and
 * checksum as recorded in the backup's snapshot, and the tables nothing else writes to equal the live ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupRestoreTests {

    private static final List<String> STABLE = List.of("jurisdiction", "unit", "person", "enterprise", "cases",
            "case_history", "calendar_day", "triage_route");

    @Autowired
    DataSource dataSource;

    @Test
    void aRestoredBackupHasTheSameRowsAndChecksumsAsTheSnapshotItWasTakenFrom() throws Exception {
        Path file = Path.of("target", "reliability", "backup.zip").toAbsolutePath();
        Files.createDirectories(file.getParent());
        try (Connection live = dataSource.getConnection()) {
            String url = live.getMetaData().getURL();
            String copyUrl = url.replaceFirst("/fengqiao(\\?|$)", "/fengqiao_restore$1");
            live.setAutoCommit(true);
            live.createStatement().execute("DROP DATABASE IF EXISTS fengqiao_restore WITH (FORCE)");
            live.createStatement().execute("CREATE DATABASE fengqiao_restore TEMPLATE template0 ENCODING 'UTF8'");
            long started = System.nanoTime();
            Properties manifest = DatabaseBackup.backup(live, file);
            double backupSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            DatabaseBackup.restore(copyUrl, "postgres", "", file);
            double restoreSeconds = (System.nanoTime() - started) / 1e9;
            try (Connection copy = DriverManager.getConnection(copyUrl, "postgres", "")) {
                Map<String, String> restored = DatabaseBackup.fingerprint(copy);
                Map<String, String> now = DatabaseBackup.fingerprint(live);
                long rows = 0;
                for (String t : manifest.getProperty("tables").split(",")) {
                    assertThat(restored.get(t)).as(t).isEqualTo(manifest.getProperty("rows." + t) + ":"
                            + manifest.getProperty("checksum." + t));
                    rows += Long.parseLong(manifest.getProperty("rows." + t));
                }
                for (String t : STABLE) {
                    assertThat(restored.get(t)).as("%s restored equals live", t).isEqualTo(now.get(t));
                }
                assertThat(restored.get("cases")).doesNotStartWith("0:");
                System.out.printf("backup: tables=%d rows=%d size_kb=%d backup_s=%.2f restore_s=%.2f mismatches=0%n",
                        restored.size(), rows, Files.size(file) / 1024, backupSeconds, restoreSeconds);
            }
            live.createStatement().execute("DROP DATABASE fengqiao_restore WITH (FORCE)");
        }
    }

    @Test
    void aBackupThatDoesNotMatchItsManifestIsRolledBackLeavingTheTargetUntouched() throws Exception {
        Path good = Path.of("target", "reliability", "good.zip").toAbsolutePath();
        Path bad = Path.of("target", "reliability", "bad.zip").toAbsolutePath();
        Files.createDirectories(good.getParent());
        try (Connection live = dataSource.getConnection()) {
            String copyUrl = live.getMetaData().getURL().replaceFirst("/fengqiao(\\?|$)", "/fengqiao_damaged$1");
            live.setAutoCommit(true);
            live.createStatement().execute("DROP DATABASE IF EXISTS fengqiao_damaged WITH (FORCE)");
            live.createStatement().execute("CREATE DATABASE fengqiao_damaged TEMPLATE template0 ENCODING 'UTF8'");
            DatabaseBackup.backup(live, good);
            DatabaseBackup.restore(copyUrl, "postgres", "", good);
            Map<String, String> before;
            try (Connection copy = DriverManager.getConnection(copyUrl, "postgres", "")) {
                before = DatabaseBackup.fingerprint(copy);
            }
            tamper(good, bad);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatabaseBackup.restore(copyUrl, "postgres", "", bad))
                    .hasMessageContaining("cases");
            try (Connection copy = DriverManager.getConnection(copyUrl, "postgres", "")) {
                assertThat(DatabaseBackup.fingerprint(copy)).isEqualTo(before);
            }
            live.createStatement().execute("DROP DATABASE fengqiao_damaged WITH (FORCE)");
        }
    }

    /** The same rows, but a manifest claiming another checksum for cases: found only after the data is loaded. */
    private static void tamper(Path from, Path to) throws Exception {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.load(new java.io.ByteArrayInputStream(data));
                    p.setProperty("checksum.cases", "0".repeat(32));
                    var buffer = new java.io.ByteArrayOutputStream();
                    p.store(buffer, null);
                    data = buffer.toByteArray();
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
