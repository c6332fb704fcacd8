package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.instant;
import static org.fengqiao.casework.Cases.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored joint consultations (联席会商), their invited units and follow-up tasks. */
@Repository
class Consultations {

    record Consultation(UUID id, UUID caseId, Instant meetsAt, String place, String onlineLink, String convenedBy,
            Instant convenedAt, String minutes, String decisions, Instant recordedAt, List<Invited> units,
            List<Task> tasks) {
    }

    record Invited(UUID unitId, Boolean attended) {
    }

    record Task(UUID id, UUID consultationId, UUID caseId, UUID unitId, String description, Instant dueAt,
            Instant doneAt, String doneBy, String note) {

        boolean open() {
            return doneAt == null;
        }
    }

    private final JdbcClient jdbc;

    Consultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, UUID caseId, Instant meetsAt, String place, String link, List<UUID> units, String by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO consultation (id, case_id, meets_at, place, online_link, convened_by, convened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(id, caseId, ts(meetsAt), place, link, by, ts(at)).update();
        units.forEach(u -> jdbc.sql("INSERT INTO consultation_unit (consultation_id, unit_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING").params(id, u).update());
    }

    void record(UUID id, List<UUID> attended, String minutes, String decisions, Instant at) {
        jdbc.sql("UPDATE consultation SET minutes = ?, decisions = ?, recorded_at = ? WHERE id = ?")
                .params(minutes, decisions, ts(at), id).update();
        jdbc.sql("UPDATE consultation_unit SET attended = (unit_id = ANY (?)) WHERE consultation_id = ?")
                .params(attended.toArray(new UUID[0]), id).update();
    }

    void addTask(Task t) {
        jdbc.sql("""
                INSERT INTO consultation_task (id, consultation_id, case_id, unit_id, description, due_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(t.id(), t.consultationId(), t.caseId(), t.unitId(),
                t.description(), ts(t.dueAt())).update();
    }

    /** Marks an open task done; false when it was done already. */
    boolean done(UUID taskId, String by, String note, Instant at) {
        return jdbc.sql("UPDATE consultation_task SET done_at = ?, done_by = ?, note = ? WHERE id = ? AND done_at IS NULL")
                .params(ts(at), by, note, taskId).update() == 1;
    }

    Optional<Consultation> find(UUID id) {
        return jdbc.sql("SELECT * FROM consultation WHERE id = ?").param(id).query(this::row).optional();
    }

    List<Consultation> ofCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM consultation WHERE case_id = ? ORDER BY meets_at").param(caseId)
                .query(this::row).list();
    }

    Optional<Task> task(UUID id) {
        return jdbc.sql("SELECT * FROM consultation_task WHERE id = ?").param(id).query(this::taskRow).optional();
    }

    List<Task> openTasks(UUID caseId) {
        return jdbc.sql("SELECT * FROM consultation_task WHERE case_id = ? AND done_at IS NULL ORDER BY due_at")
                .param(caseId).query(this::taskRow).list();
    }

    private Consultation row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Consultation(id, rs.getObject("case_id", UUID.class), instant(rs.getTimestamp("meets_at")),
                rs.getString("place"), rs.getString("online_link"), rs.getString("convened_by"),
                instant(rs.getTimestamp("convened_at")), rs.getString("minutes"), rs.getString("decisions"),
                instant(rs.getTimestamp("recorded_at")),
                jdbc.sql("SELECT unit_id, attended FROM consultation_unit WHERE consultation_id = ?").param(id)
                        .query((r, j) -> new Invited(r.getObject(1, UUID.class), (Boolean) r.getObject(2))).list(),
                jdbc.sql("SELECT * FROM consultation_task WHERE consultation_id = ? ORDER BY due_at").param(id)
                        .query(this::taskRow).list());
    }

    private Task taskRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("consultation_id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("description"),
                instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("done_at")), rs.getString("done_by"),
                rs.getString("note"));
    }
}
