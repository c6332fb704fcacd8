package org.fengqiao.platform;

import java.io.IOException;

import java.io.OutputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent logical copy of the Fengqiao database in one zip file: every table's rows as PostgreSQL COPY
 * (binary), all read in one read-only snapshot as {@code pg_dump} does, plus a manifest with the schema version
 * and each table's row count and checksum. The schema itself is not in the file: Flyway rebuilds it to the
 * recorded version on restore. Restoring replaces all data in one transaction, so it is all or nothing.
 */
public final class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history");

    private DatabaseBackup() {
    }

    /** Writes the backup; returns the manifest (schema version, tables, rows and checksums). */
    public static Properties backup(Connection c, Path file) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE");
            Properties manifest = new Properties();
            manifest.setProperty("format", "fengqiao-backup-1");
            manifest.setProperty("schemaVersion", schemaVersion(c));
            List<String> tables = tablesInLoadOrder(c);
            manifest.setProperty("tables", String.join(",", tables));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (String t : tables) {
                    zip.putNextEntry(new ZipEntry(t + ".copy"));
                    // a partitioned table is copied through a query (its partitions are not listed separately)
                    copy.copyOut("COPY (SELECT * FROM " + quote(t) + ") TO STDOUT (FORMAT binary)",
                            new NonClosing(zip));
                    zip.closeEntry();
                    manifest.setProperty("rows." + t, Long.toString(rows(c, t)));
                    manifest.setProperty("checksum." + t, checksum(c, t));
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Fengqiao backup");
                zip.closeEntry();
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            c.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Replaces the data of the database at {@code url} with the backup: an empty database is first migrated to the
     * backup's schema version; a database at another version is refused. Checks every table's row count and
     * checksum before committing.
     */
    public static Properties restore(String url, String user, String password, Path file)
            throws SQLException, IOException {
        Properties manifest = manifest(file);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(manifest.getProperty("schemaVersion")).load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
            String version = schemaVersion(c);
            if (!version.equals(manifest.getProperty("schemaVersion"))) {
                throw new IllegalStateException("database schema is at " + version + ", the backup at "
                        + manifest.getProperty("schemaVersion") + ": restore into a database at the same version");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                List<String> tables = List.of(manifest.getProperty("tables").split(","));
                s.execute("TRUNCATE " + String.join(", ", tablesInLoadOrder(c).stream().map(DatabaseBackup::quote)
                        .toList()) + " CASCADE");
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                Map<String, byte[]> data = entries(file);
                for (String t : tables) {
                    copy.copyIn("COPY " + quote(t) + " FROM STDIN (FORMAT binary)",
                            new java.io.ByteArrayInputStream(data.get(t + ".copy")));
                }
                for (String t : tables) {
                    if (rows(c, t) != Long.parseLong(manifest.getProperty("rows." + t))
                            || !checksum(c, t).equals(manifest.getProperty("checksum." + t))) {
                        throw new IllegalStateException("table " + t + " does not match the backup after restore");
                    }
                }
                resetSequences(c);
                c.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Row count and checksum of each table, as the manifest records them. */
    public static Map<String, String> fingerprint(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : tablesInLoadOrder(c)) {
            out.put(t, rows(c, t) + ":" + checksum(c, t));
        }
        return out;
    }

    static Properties manifest(Path file) throws IOException {
        byte[] m = entries(file).get(MANIFEST);
        if (m == null) {
            throw new IOException(file + " is not a Fengqiao backup (no " + MANIFEST + ")");
        }
        Properties p = new Properties();
        p.load(new java.io.ByteArrayInputStream(m));
        return p;
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("no Flyway schema history: not a Fengqiao database");
        }
        return highest(versions);
    }

    /**
     * The highest of the applied versions. Modules own version ranges and migrations run out of order, so the one
     * applied last can be lower than others (a new V3_95 applied after V9_3): restoring up to it would leave out
     * every migration above it.
     */
    static String highest(Collection<String> versions) {
        return versions.stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder()).orElseThrow()
                .getVersion();
    }

    /**
     * Tables of the public schema, each after the tables its foreign keys point to; a partitioned table counts once
     * (restoring into it routes each row to its partition).
     */
    static List<String> tablesInLoadOrder(Connection c) throws SQLException {
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.relname""")) {
            while (rs.next()) {
                if (!SKIPPED.contains(rs.getString(1))) {
                    dependsOn.put(rs.getString(1), new LinkedHashSet<>());
                }
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT cl.relname, ref.relname FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid
                JOIN pg_class ref ON ref.oid = k.confrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
                WHERE k.contype = 'f' AND n.nspname = 'public'""")) {
            while (rs.next()) {
                if (dependsOn.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
                    dependsOn.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < dependsOn.size()) {
            int before = order.size();
            dependsOn.forEach((t, deps) -> {
                if (!order.contains(t) && order.containsAll(deps)) {
                    order.add(t);
                }
            });
            if (order.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + dependsOn.keySet());
            }
        }
        return order;
    }

    private static long rows(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Order-independent digest of a table's rows in their text form. */
    static String checksum(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT md5(coalesce(string_agg(md5(x::text), '' "
                + "ORDER BY md5(x::text)), '')) FROM " + quote(table) + " x")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT s.relname, t.relname, a.attname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid
                JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                JOIN pg_namespace n ON n.oid = s.relnamespace WHERE s.relkind = 'S' AND n.nspname = 'public'""")) {
            while (rs.next()) {
                statements.add("SELECT setval('" + quote(rs.getString(1)) + "', coalesce((SELECT max(" + quote(rs.getString(3))
                        + ") FROM " + quote(rs.getString(2)) + "), 0) + 1, false)");
            }
        }
        for (String sql : statements) {
            c.createStatement().execute(sql);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** COPY closes the stream it writes to; the zip must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
