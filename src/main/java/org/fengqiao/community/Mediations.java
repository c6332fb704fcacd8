package org.fengqiao.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.casework.SubjectFollowUpRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Mediations {

    record Session(Instant heldAt, String note, String recordedBy) {
    }

    /**
     * One mediator's load: cases in all, still open, agreed, referred, and the success rate (agreed among the
     * finished cases; null while none is finished); of the agreements, how many were settled (every follow-up held:
     * 案结事了) and how many relapsed (a follow-up found the dispute back), as casework reported them.
     */
    record Workload(String mediator, long cases, long open, long agreed, long referred, Double successRate,
            long settled, long relapsed) {

        static Workload of(String mediator, long cases, long open, long agreed, long referred, long settled,
                long relapsed) {
            long finished = agreed + referred;
            return new Workload(mediator, cases, open, agreed, referred,
                    finished == 0 ? null : (double) agreed / finished, settled, relapsed);
        }
    }

    private final JdbcClient jdbc;

    Mediations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber(Instant at) {
        long n = jdbc.sql("SELECT nextval('community_mediation_seq')").query(Long.class).single();
        return "TJ-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(at) + "-" + String.format("%04d", n);
    }

    void add(Mediation m) {
        jdbc.sql("INSERT INTO community_mediation (id, number, community_code, community_path, type, summary,"
                + " mediators, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.id(), m.number(), m.communityCode(), m.communityPath(), m.type().name(), m.summary(),
                        String.join(",", m.mediators()), m.status().name(), m.createdBy(),
                        Timestamp.from(m.createdAt()))
                .update();
        for (Mediation.Party p : m.parties()) {
            jdbc.sql("INSERT INTO community_mediation_party (id, mediation_id, side, name, phone) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), m.id(), p.side().name(), p.name(), p.phone()).update();
        }
    }

    boolean close(Mediation m, Instant at) {
        return jdbc.sql("UPDATE community_mediation SET status = ?, terms = ?, agreement = ?, referred_to = ?,"
                + " referral_reason = ?, closed_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(m.status().name(), m.terms(), m.agreement(),
                        m.referredTo() == null ? null : m.referredTo().name(), m.referralReason(), Timestamp.from(at),
                        m.id(), m.version())
                .update() == 1;
    }

    void addSession(UUID id, Instant at, String note, String by) {
        jdbc.sql("INSERT INTO community_mediation_session (id, mediation_id, held_at, note, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?)").params(UUID.randomUUID(), id, Timestamp.from(at), note, by).update();
    }

    List<Session> sessions(UUID id) {
        return jdbc.sql("SELECT held_at, note, recorded_by FROM community_mediation_session WHERE mediation_id = ?"
                + " ORDER BY held_at").param(id).query((rs, i) -> new Session(rs.getTimestamp(1).toInstant(),
                        rs.getString(2), rs.getString(3))).list();
    }

    /** What casework reported of one follow-up of a mediation; a repeated report writes the same row again. */
    void noteFollowUp(SubjectFollowUpRecorded e) {
        jdbc.sql("""
                INSERT INTO community_mediation_follow_up (follow_up_id, mediation_id, round, status, outcome,
                  unreached, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (follow_up_id) DO UPDATE SET status = EXCLUDED.status, outcome = EXCLUDED.outcome,
                  unreached = EXCLUDED.unreached, recorded_at = EXCLUDED.recorded_at""")
                .params(e.followUpId(), e.subjectId(), e.round(), e.status(), e.outcome(), e.unreached(),
                        e.at() == null ? null : Timestamp.from(e.at()))
                .update();
    }

    void noteSettled(UUID mediationId, Instant at) {
        jdbc.sql("INSERT INTO community_mediation_settled (mediation_id, settled_at) VALUES (?, ?)"
                + " ON CONFLICT (mediation_id) DO NOTHING").params(mediationId, Timestamp.from(at)).update();
    }

    Optional<Instant> settledAt(UUID mediationId) {
        return jdbc.sql("SELECT settled_at FROM community_mediation_settled WHERE mediation_id = ?").param(mediationId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).optional();
    }

    Optional<Mediation> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_mediation WHERE id = ?").param(id).query(this::row).optional();
    }

    List<Mediation> of(String communityCode) {
        return jdbc.sql("SELECT * FROM community_mediation WHERE community_code = ? ORDER BY created_at DESC")
                .param(communityCode).query(this::row).list();
    }

    /** Load and success per mediator in a community; a case with two mediators counts for both. */
    List<Workload> workload(String communityCode) {
        return jdbc.sql("SELECT m.name, count(*) AS cases, count(*) FILTER (WHERE c.status = 'OPEN') AS open,"
                + " count(*) FILTER (WHERE c.status = 'AGREED') AS agreed,"
                + " count(*) FILTER (WHERE c.status = 'REFERRED') AS referred,"
                + " count(*) FILTER (WHERE c.status = 'AGREED' AND EXISTS (SELECT 1 FROM community_mediation_settled s"
                + "   WHERE s.mediation_id = c.id)) AS settled,"
                + " count(*) FILTER (WHERE c.status = 'AGREED' AND EXISTS (SELECT 1 FROM community_mediation_follow_up f"
                + "   WHERE f.mediation_id = c.id AND f.outcome = 'RECURRED')) AS relapsed"
                + " FROM community_mediation c CROSS JOIN LATERAL unnest(string_to_array(c.mediators, ',')) AS m(name)"
                + " WHERE c.community_code = ? GROUP BY m.name ORDER BY count(*) DESC, m.name")
                .param(communityCode).query((rs, i) -> Workload.of(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
    }

    private Mediation row(ResultSet rs, int i) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Mediation.Party> parties = jdbc.sql("SELECT side, name, phone FROM community_mediation_party"
                + " WHERE mediation_id = ? ORDER BY side, name").param(id)
                .query((p, j) -> new Mediation.Party(Mediation.Side.valueOf(p.getString(1)), p.getString(2),
                        p.getString(3))).list();
        String referred = rs.getString("referred_to");
        return new Mediation(id, rs.getString("number"), rs.getString("community_code"),
                rs.getString("community_path"), Mediation.Type.valueOf(rs.getString("type")),
                rs.getString("summary"), Arrays.asList(rs.getString("mediators").split(",")), parties,
                Mediation.Status.valueOf(rs.getString("status")), rs.getString("terms"), rs.getString("agreement"),
                referred == null ? null : Mediation.Referral.valueOf(referred), rs.getString("referral_reason"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }
}
