package org.fengqiao.triage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stored model versions; at most one is active. */
@Repository
class ModelVersions {

    private static final String COLUMNS = "version, created_at, created_by, source, training_rows, corrections, "
            + "macro_f1, accuracy, ece, evaluation, status, active";
    private static final RowMapper<ModelVersion> ROW = (rs, i) -> new ModelVersion(rs.getInt("version"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"), rs.getString("source"),
            rs.getInt("training_rows"), rs.getInt("corrections"), (Double) rs.getObject("macro_f1"),
            (Double) rs.getObject("accuracy"), (Double) rs.getObject("ece"), rs.getString("evaluation"),
            ModelVersion.Status.valueOf(rs.getString("status")), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    ModelVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ModelVersion> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_model ORDER BY version DESC").query(ROW).list();
    }

    Optional<ModelVersion> find(int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_model WHERE version = ?").param(version).query(ROW)
                .optional();
    }

    Optional<ModelVersion> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM triage_model WHERE active").query(ROW).optional();
    }

    /** The number of the active version, if any (cheap: instances ask it every few seconds). */
    Optional<Integer> activeVersion() {
        return jdbc.sql("SELECT version FROM triage_model WHERE active").query(Integer.class).optional();
    }

    /** The trained bytes; empty for the shipped version, which is read from the classpath. */
    Optional<byte[]> bytes(int version) {
        return jdbc.sql("SELECT model FROM triage_model WHERE version = ? AND model IS NOT NULL").param(version)
                .query(byte[].class).optional();
    }

    /** Registers the shipped model as version 1, active, unless it is registered already. */
    @Transactional
    void registerShipped(int rows, Double cvMacroF1, Double cvAccuracy, Double cvEce) {
        jdbc.sql("""
                INSERT INTO triage_model (version, created_by, source, training_rows, macro_f1, accuracy, ece,
                    evaluation, status, active)
                SELECT 1, 'build', 'shipped', ?, ?, ?, ?, '5-fold cross-validation on the training file', 'ACCEPTED',
                    NOT EXISTS (SELECT 1 FROM triage_model WHERE active)
                ON CONFLICT (version) DO NOTHING""").params(rows, cvMacroF1, cvAccuracy, cvEce).update();
    }

    @Transactional
    int addCandidate(String by, String source, int rows, int corrections, double macroF1, double accuracy,
            double ece, String evaluation, byte[] model) {
        jdbc.sql("LOCK TABLE triage_model IN SHARE ROW EXCLUSIVE MODE").update();
        int version = jdbc.sql("SELECT coalesce(max(version), 1) + 1 FROM triage_model").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO triage_model (version, created_by, source, training_rows, corrections, macro_f1, accuracy,
                    ece, evaluation, status, active, model)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CANDIDATE', false, ?)""")
                .params(version, by, source, rows, corrections, macroF1, accuracy, ece, evaluation, model).update();
        return version;
    }

    /** Makes {@code version} the only active one and marks it accepted. */
    @Transactional
    void activate(int version) {
        jdbc.sql("UPDATE triage_model SET active = false WHERE active AND version <> ?").param(version).update();
        jdbc.sql("UPDATE triage_model SET active = true, status = 'ACCEPTED' WHERE version = ?").param(version)
                .update();
    }

    @Transactional
    void reject(int version) {
        jdbc.sql("UPDATE triage_model SET status = 'REJECTED' WHERE version = ? AND NOT active").param(version)
                .update();
    }
}
