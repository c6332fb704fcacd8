package org.fengqiao.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Background retraining requests and how far each has come. */
@Repository
class RetrainJobs {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** One request: its state, the step under way (a message key suffix), percent done, the version it made. */
    record Job(UUID id, String requestedBy, Instant requestedAt, State state, String step, int percent,
            Integer version, String error, List<String> errorArgs, Instant finishedAt) {

        public boolean pending() {
            return state == State.QUEUED || state == State.RUNNING;
        }
    }

    private static final RowMapper<Job> ROW = (rs, i) -> new Job(rs.getObject("id", UUID.class),
            rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), State.valueOf(rs.getString("state")),
            rs.getString("step"), rs.getInt("percent"), (Integer) rs.getObject("version"), rs.getString("error"),
            List.of((String[]) rs.getArray("error_args").getArray()),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());

    private final JdbcClient jdbc;

    RetrainJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new queued job, or empty when one is already waiting or running (the unique index decides). */
    Optional<UUID> add(String by) {
        UUID id = UUID.randomUUID();
        int n = jdbc.sql("""
                INSERT INTO triage_retrain_job (id, requested_by, state, step) VALUES (?, ?, 'QUEUED', 'queued')
                ON CONFLICT DO NOTHING""").params(id, by).update();
        return n == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<Job> find(UUID id) {
        return jdbc.sql("SELECT * FROM triage_retrain_job WHERE id = ?").param(id).query(ROW).optional();
    }

    Optional<Job> pending() {
        return jdbc.sql("SELECT * FROM triage_retrain_job WHERE state IN ('QUEUED', 'RUNNING')").query(ROW).optional();
    }

    List<Job> recent(int limit) {
        return jdbc.sql("SELECT * FROM triage_retrain_job ORDER BY requested_at DESC LIMIT ?").param(limit).query(ROW)
                .list();
    }

    void started(UUID id) {
        jdbc.sql("UPDATE triage_retrain_job SET state = 'RUNNING', step = 'reading', percent = 0, started_at = ?,"
                + " error = NULL, error_args = '{}' WHERE id = ?").params(Timestamp.from(Instant.now()), id).update();
    }

    void progress(UUID id, String step, int percent) {
        jdbc.sql("UPDATE triage_retrain_job SET step = ?, percent = ? WHERE id = ?").params(step, percent, id).update();
    }

    void done(UUID id, int version) {
        jdbc.sql("UPDATE triage_retrain_job SET state = 'DONE', step = 'done', percent = 100, version = ?,"
                + " finished_at = ? WHERE id = ?").params(version, Timestamp.from(Instant.now()), id).update();
    }

    /** Failed with a message key of the bundles and its arguments (shown whole on the models page). */
    void failed(UUID id, String error, Object... args) {
        String[] text = java.util.Arrays.stream(args).map(a -> abbreviate(String.valueOf(a))).toArray(String[]::new);
        jdbc.sql("UPDATE triage_retrain_job SET state = 'FAILED', error = ?, error_args = ?, finished_at = ?"
                + " WHERE id = ?").params(abbreviate(error), text, Timestamp.from(Instant.now()), id).update();
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) : s;
    }
}
