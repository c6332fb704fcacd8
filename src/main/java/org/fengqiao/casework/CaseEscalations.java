package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.instant;
import static org.fengqiao.casework.Cases.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each case stands on its escalation ladder, and its append-only escalation log. */
@Repository
class CaseEscalations {

    /** A case's place on its ladder: the last rung whose whistle blew (0 before any) and since when. */
    record Position(UUID caseId, UUID ladderId, int rung, Instant since) {
    }

    enum Kind {
        WHISTLE, ARRIVAL
    }

    /** One line of the escalation log. */
    record Entry(int seq, Instant at, Kind kind, int rung, String label, UUID unitId, String trigger, String actor) {
    }

    private final JdbcClient jdbc;

    CaseEscalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the case at the foot of the ladder, unless it is on one already. */
    boolean start(UUID caseId, UUID ladderId, Instant at) {
        return jdbc.sql("INSERT INTO case_escalation (case_id, ladder_id, rung, since) VALUES (?, ?, 0, ?)"
                + " ON CONFLICT (case_id) DO NOTHING").params(caseId, ladderId, ts(at)).update() == 1;
    }

    Optional<Position> find(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_escalation WHERE case_id = ?").param(caseId).query(this::position)
                .optional();
    }

    /** The position, locked until the transaction ends: whistles on one case never cross. */
    Optional<Position> lock(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_escalation WHERE case_id = ? FOR UPDATE").param(caseId)
                .query(this::position).optional();
    }

    void moveTo(UUID caseId, int rung, Instant since) {
        jdbc.sql("UPDATE case_escalation SET rung = ?, since = ? WHERE case_id = ?").params(rung, ts(since), caseId)
                .update();
    }

    void append(UUID caseId, Instant at, Kind kind, int rung, String label, UUID unitId, String trigger,
            String actor) {
        jdbc.sql("""
                INSERT INTO escalation_log (case_id, seq, at, kind, rung, label, unit_id, trigger, actor)
                VALUES (?, (SELECT COALESCE(max(seq), -1) + 1 FROM escalation_log WHERE case_id = ?), ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, caseId, ts(at), kind.name(), rung, label, unitId, trigger, actor).update();
    }

    List<Entry> log(UUID caseId) {
        return jdbc.sql("SELECT * FROM escalation_log WHERE case_id = ? ORDER BY seq").param(caseId)
                .query((rs, i) -> new Entry(rs.getInt("seq"), instant(rs.getTimestamp("at")),
                        Kind.valueOf(rs.getString("kind")), rs.getInt("rung"), rs.getString("label"),
                        rs.getObject("unit_id", UUID.class), rs.getString("trigger"), rs.getString("actor")))
                .list();
    }

    /** Per rung of a ladder: whistles blown, by the reporter, arrivals, and the mean minutes from whistle to arrival. */
    record RungFigures(int rung, long whistles, long byReporter, long arrivals, Double meanMinutesToArrive) {
    }

    List<RungFigures> figures(UUID ladderId) {
        return jdbc.sql("""
                SELECT w.rung, count(*) AS whistles, count(*) FILTER (WHERE w.trigger = 'REPORTER') AS by_reporter,
                       count(a.at) AS arrivals, avg(extract(epoch FROM a.at - w.at) / 60) AS mean_minutes
                FROM escalation_log w
                JOIN case_escalation p ON p.case_id = w.case_id AND p.ladder_id = ?
                LEFT JOIN escalation_log a ON a.case_id = w.case_id AND a.rung = w.rung AND a.kind = 'ARRIVAL'
                WHERE w.kind = 'WHISTLE' GROUP BY w.rung ORDER BY w.rung""").param(ladderId)
                .query((rs, i) -> new RungFigures(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getDouble(5)))
                .list();
    }

    private Position position(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Position(rs.getObject("case_id", UUID.class), rs.getObject("ladder_id", UUID.class),
                rs.getInt("rung"), instant(rs.getTimestamp("since")));
    }
}
