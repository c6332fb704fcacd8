package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.instant;
import static org.fengqiao.casework.Cases.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored case clocks, their pauses and the append-only clock log. */
@Repository
class CaseClocks {

    /** One line of the clock log. */
    record LogEntry(int seq, Instant at, String actor, String action, String note) {
    }

    private final JdbcClient jdbc;

    CaseClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID caseId, Instant submittedAt) {
        jdbc.sql("INSERT INTO case_clock (case_id, submitted_at) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING")
                .params(caseId, ts(submittedAt)).update();
    }

    Optional<CaseClock> find(UUID caseId) {
        return jdbc.sql("SELECT k.*, c.category FROM case_clock k JOIN cases c ON c.id = k.case_id WHERE k.case_id = ?")
                .param(caseId).query(this::row).optional();
    }

    /** Sets a moment once: later calls keep the first (e.g. the first response). */
    void markOnce(UUID caseId, String column, Instant at) {
        jdbc.sql("UPDATE case_clock SET " + column(column) + " = COALESCE(" + column(column) + ", ?) WHERE case_id = ?")
                .params(ts(at), caseId).update();
    }

    void mark(UUID caseId, String column, Instant at) {
        jdbc.sql("UPDATE case_clock SET " + column(column) + " = ? WHERE case_id = ?").params(ts(at), caseId).update();
    }

    /** A new assignment restarts the unit's clocks. */
    void assigned(UUID caseId, UUID unitId, Instant at) {
        jdbc.sql("""
                UPDATE case_clock SET unit_id = ?, assigned_at = ?, acknowledged_at = NULL, responded_at = NULL,
                  resolved_at = NULL, stopped_at = NULL WHERE case_id = ?""").params(unitId, ts(at), caseId).update();
    }

    /** Back to work after a verdict or a reopen: a fresh resolve limit from now, the rest as it was. */
    void reopened(UUID caseId, Instant at) {
        jdbc.sql("UPDATE case_clock SET assigned_at = ?, resolved_at = NULL, stopped_at = NULL WHERE case_id = ?")
                .params(ts(at), caseId).update();
    }

    void classify(UUID caseId, Urgency urgency, boolean fastTrack) {
        jdbc.sql("UPDATE case_clock SET urgency = ?, fast_track = ? WHERE case_id = ?")
                .params(urgency.name(), fastTrack, caseId).update();
    }

    void pause(UUID caseId, Instant at, String reason) {
        jdbc.sql("UPDATE case_clock SET paused_since = ?, pause_reason = ? WHERE case_id = ?")
                .params(ts(at), reason, caseId).update();
    }

    void resume(CaseClock clock, Instant at) {
        jdbc.sql("INSERT INTO case_clock_pause (case_id, started_at, ended_at, reason) VALUES (?, ?, ?, ?)")
                .params(clock.caseId(), ts(clock.pausedSince()), ts(at), clock.pauseReason()).update();
        jdbc.sql("UPDATE case_clock SET paused_since = NULL, pause_reason = NULL WHERE case_id = ?")
                .param(clock.caseId()).update();
    }

    List<DeadlineClock.Pause> closedPauses(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_clock_pause WHERE case_id = ? ORDER BY started_at").param(caseId)
                .query((rs, i) -> new DeadlineClock.Pause(instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("ended_at")), rs.getString("reason")))
                .list();
    }

    void storeDues(UUID caseId, List<PhaseClock> phases, Instant currentDue, Instant currentWarn) {
        jdbc.sql("""
                UPDATE case_clock SET accept_due = ?, ack_due = ?, reply_due = ?, resolve_due = ?, warn_at = ?
                WHERE case_id = ?""")
                .params(ts(phases.get(0).due()), ts(phases.get(1).due()), ts(phases.get(2).due()),
                        ts(phases.get(3).due()), ts(currentWarn), caseId)
                .update();
        jdbc.sql("UPDATE cases SET due_at = ?, warn_at = ? WHERE id = ?").params(ts(currentDue), ts(currentWarn), caseId)
                .update();
    }

    void log(UUID caseId, Instant at, String actor, String action, String note) {
        jdbc.sql("""
                INSERT INTO case_clock_log (case_id, seq, at, actor, action, note)
                VALUES (?, (SELECT COALESCE(max(seq), -1) + 1 FROM case_clock_log WHERE case_id = ?), ?, ?, ?, ?)""")
                .params(caseId, caseId, ts(at), actor, action, note).update();
    }

    List<LogEntry> log(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_clock_log WHERE case_id = ? ORDER BY seq").param(caseId)
                .query((rs, i) -> new LogEntry(rs.getInt("seq"), instant(rs.getTimestamp("at")), rs.getString("actor"),
                        rs.getString("action"), rs.getString("note")))
                .list();
    }

    private static String column(String name) {
        return switch (name) {
            case "accepted_at", "acknowledged_at", "responded_at", "resolved_at", "stopped_at" -> name;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private CaseClock row(ResultSet rs, int i) throws SQLException {
        return new CaseClock(rs.getObject("case_id", UUID.class), Category.valueOf(rs.getString("category")),
                Urgency.valueOf(rs.getString("urgency")), rs.getBoolean("fast_track"),
                rs.getObject("unit_id", UUID.class), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("assigned_at")),
                instant(rs.getTimestamp("acknowledged_at")), instant(rs.getTimestamp("responded_at")),
                instant(rs.getTimestamp("resolved_at")), instant(rs.getTimestamp("stopped_at")),
                instant(rs.getTimestamp("paused_since")), rs.getString("pause_reason"));
    }
}
