package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.instant;
import static org.fengqiao.casework.Cases.ts;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The follow-ups of closed disputes (cases, or other modules' subjects such as mediations) and the settlements
 * (案结事了) they led to. Every value is a bound parameter.
 */
@Repository
class FollowUps {

    private static final String SELECT = """
            SELECT f.*, coalesce(c.number, f.subject_number) AS number, coalesce(c.title, f.subject_title) AS title,
              coalesce(c.reporter_name, f.contact_name) AS reporter_name,
              coalesce(c.reporter_phone, f.contact_phone) AS reporter_phone, u.name AS unit_name
            FROM case_follow_up f LEFT JOIN cases c ON c.id = f.case_id LEFT JOIN unit u ON u.id = f.unit_id
            """;

    /**
     * The part of the follow-ups an actor may see: those in their jurisdictions or of their units, and in
     * {@code subjectPaths} those of subjects other than cases (a community's officers see its mediations').
     */
    record Scope(List<String> paths, Set<UUID> units, List<String> subjectPaths) {
    }

    /** A filter as given; null fields do not filter. */
    record Query(FollowUp.Status status, Category category, LocalDate dueBy, boolean latestFirst, int page, int size) {

        Query {
            page = Math.max(0, page);
            size = Math.min(100, Math.max(1, size));
        }
    }

    record Page(List<FollowUp> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans one round of a close; false when that round was planned already (a second delivery of the close). */
    boolean plan(UUID id, UUID caseId, Instant closedAt, int round, int offsetDays, LocalDate dueOn, UUID unitId,
            String path, Category category) {
        return jdbc.sql("""
                INSERT INTO case_follow_up (id, case_id, closed_at, round, offset_days, due_on, unit_id,
                  jurisdiction_path, category, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED')
                ON CONFLICT (case_id, closed_at, round) DO NOTHING""")
                .params(id, caseId, ts(closedAt), round, offsetDays, Date.valueOf(dueOn), unitId, path,
                        category.name())
                .update() == 1;
    }

    /** Plans one round of a subject's close; false when that round was planned already. */
    boolean plan(UUID id, SubjectFollowUps.Closing c, int round, int offsetDays, LocalDate dueOn) {
        SubjectFollowUps.Subject s = c.subject();
        return jdbc.sql("""
                INSERT INTO case_follow_up (id, subject_kind, subject_id, subject_number, subject_title, subject_link,
                  contact_name, contact_phone, closed_at, round, offset_days, due_on, unit_id, jurisdiction_path,
                  category, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED')
                ON CONFLICT DO NOTHING""")
                .params(id, s.kind(), s.id(), s.number(), s.title(), s.link(), c.contactName(), c.contactPhone(),
                        ts(c.closedAt()), round, offsetDays, Date.valueOf(dueOn), c.unitId(), c.jurisdictionPath(),
                        c.category().name())
                .update() == 1;
    }

    List<FollowUp> ofSubject(String kind, UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE f.subject_kind = ? AND f.subject_id = ? ORDER BY f.closed_at, f.round")
                .params(kind, subjectId).query(this::row).list();
    }

    Optional<FollowUp> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(this::row).optional();
    }

    /** The follow-up row locked until the transaction ends, so two recordings of one follow-up never cross. */
    Optional<FollowUp> lock(UUID id) {
        jdbc.sql("SELECT id FROM case_follow_up WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
        return find(id);
    }

    List<FollowUp> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " WHERE f.case_id = ? ORDER BY f.closed_at, f.round").param(caseId).query(this::row)
                .list();
    }

    /** The follow-ups of the close {@code f} belongs to, of its case or subject. */
    List<FollowUp> ofClose(FollowUp f) {
        return f.ofCase() ? jdbc.sql(SELECT + " WHERE f.case_id = ? AND f.closed_at = ? ORDER BY f.round")
                .params(f.caseId(), ts(f.closedAt())).query(this::row).list()
                : jdbc.sql(SELECT + " WHERE f.subject_kind = ? AND f.subject_id = ? AND f.closed_at = ? ORDER BY f.round")
                        .params(f.subject().kind(), f.subject().id(), ts(f.closedAt())).query(this::row).list();
    }

    /**
     * The timer's work: a planned follow-up becomes due, once; false when it is not planned any more. The version
     * stays, so a page opened before the timer went off still records.
     */
    boolean markDue(UUID id) {
        return jdbc.sql("UPDATE case_follow_up SET status = 'DUE' WHERE id = ?"
                + " AND status = 'PLANNED'").param(id).update() == 1;
    }

    /** Done with its outcome; an unreachable one counts its last attempt and has no satisfaction. */
    void record(FollowUp f, FollowUp.Method method, FollowUp.Outcome outcome, Integer satisfaction, String note,
            String by, Instant at) {
        int updated = jdbc.sql("""
                UPDATE case_follow_up SET status = 'DONE', method = ?, outcome = ?, satisfaction = ?, note = ?,
                  recorded_by = ?, recorded_at = ?, version = version + 1,
                  unreached = unreached + CASE WHEN ? = 'UNREACHABLE' THEN 1 ELSE 0 END
                WHERE id = ? AND version = ?""")
                .params(method.name(), outcome.name(), satisfaction, note, by, ts(at), outcome.name(), f.id(),
                        f.version()).update();
        if (updated == 0) {
            throw new StaleVersion(f.id(), f.version(), -1);
        }
    }

    /** An attempt that reached nobody: counted, and the follow-up planned again for {@code next}. */
    void retry(FollowUp f, FollowUp.Method method, String note, String by, Instant at, LocalDate next) {
        int updated = jdbc.sql("""
                UPDATE case_follow_up SET status = 'PLANNED', due_on = ?, unreached = unreached + 1, method = ?,
                  note = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(Date.valueOf(next), method.name(), note, by, ts(at), f.id(), f.version()).update();
        if (updated == 0) {
            throw new StaleVersion(f.id(), f.version(), -1);
        }
    }

    /** Cancels the case's follow-ups not yet done (the case is back at work); returns their ids. */
    List<UUID> cancelOpen(UUID caseId) {
        return jdbc.sql("""
                UPDATE case_follow_up SET status = 'CANCELLED', version = version + 1
                WHERE case_id = ? AND status IN ('PLANNED', 'DUE') RETURNING id""").param(caseId).query(UUID.class)
                .list();
    }

    /** Records the close as settled; false when it was already. */
    boolean settle(UUID caseId, Instant closedAt, Instant at, String path) {
        return jdbc.sql("""
                INSERT INTO case_settlement (case_id, closed_at, settled_at, jurisdiction_path) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(caseId, ts(closedAt), ts(at), path).update() == 1;
    }

    /** Records a subject's close as settled; false when it was already. */
    boolean settle(SubjectFollowUps.Subject s, Instant closedAt, Instant at, String path) {
        return jdbc.sql("""
                INSERT INTO case_settlement (subject_kind, subject_id, closed_at, settled_at, jurisdiction_path)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""").params(s.kind(), s.id(), ts(closedAt), ts(at), path)
                .update() == 1;
    }

    Optional<Instant> settledAt(String kind, UUID subjectId, Instant closedAt) {
        return jdbc.sql("SELECT settled_at FROM case_settlement WHERE subject_kind = ? AND subject_id = ?"
                + " AND closed_at = ?").params(kind, subjectId, ts(closedAt))
                .query((rs, i) -> instant(rs.getTimestamp(1))).optional();
    }

    /** Imported follow-ups still planned whose timer is missing (written by a migration, which plans no timer). */
    List<FollowUp> importedWithoutTimer(String task) {
        return jdbc.sql(SELECT + """
                 WHERE f.imported AND f.status = 'PLANNED' AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t
                   WHERE t.task_name = ? AND t.task_instance = f.id::text)""").param(task).query(this::row).list();
    }

    Optional<Instant> settledAt(UUID caseId, Instant closedAt) {
        return jdbc.sql("SELECT settled_at FROM case_settlement WHERE case_id = ? AND closed_at = ?")
                .params(caseId, ts(closedAt)).query((rs, i) -> instant(rs.getTimestamp(1))).optional();
    }

    Page page(Scope scope, Query q) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE (");
        List<String> visible = new ArrayList<>();
        for (String p : scope.paths()) {
            visible.add("f.jurisdiction_path LIKE ?");
            params.add(p.replace("%", "").replace("_", "\\_") + "%");
        }
        if (!scope.units().isEmpty()) {
            visible.add("f.unit_id IN (" + String.join(",", scope.units().stream().map(u -> "?").toList()) + ")");
            params.addAll(scope.units());
        }
        for (String p : scope.subjectPaths()) {
            visible.add("(f.subject_id IS NOT NULL AND f.jurisdiction_path LIKE ?)");
            params.add(p.replace("%", "").replace("_", "\\_") + "%");
        }
        if (visible.isEmpty()) {
            return new Page(List.of(), 0, q.page(), q.size());
        }
        where.append(String.join(" OR ", visible)).append(")");
        if (q.status() != null) {
            where.append(" AND f.status = ?");
            params.add(q.status().name());
        }
        if (q.category() != null) {
            where.append(" AND f.category = ?");
            params.add(q.category().name());
        }
        if (q.dueBy() != null) {
            where.append(" AND f.due_on <= ?");
            params.add(Date.valueOf(q.dueBy()));
        }
        long total = jdbc.sql("SELECT count(*) FROM case_follow_up f" + where).params(params).query(Long.class)
                .single();
        String order = q.latestFirst() ? " ORDER BY f.due_on DESC, number DESC, f.round DESC"
                : " ORDER BY f.due_on, number, f.round";
        List<Object> all = new ArrayList<>(params);
        all.add(q.size());
        all.add((long) q.page() * q.size());
        List<FollowUp> items = jdbc.sql(SELECT + where + order + " LIMIT ? OFFSET ?").params(all).query(this::row)
                .list();
        return new Page(items, total, q.page(), q.size());
    }

    private FollowUp row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String method = rs.getString("method");
        String outcome = rs.getString("outcome");
        return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("number"), rs.getString("title"), Category.valueOf(rs.getString("category")),
                instant(rs.getTimestamp("closed_at")), rs.getInt("round"), rs.getInt("offset_days"),
                rs.getDate("due_on").toLocalDate(), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                rs.getString("jurisdiction_path"), FollowUp.Status.valueOf(rs.getString("status")),
                method == null ? null : FollowUp.Method.valueOf(method),
                outcome == null ? null : FollowUp.Outcome.valueOf(outcome),
                (Integer) rs.getObject("satisfaction", Integer.class), rs.getString("note"),
                rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at")), rs.getLong("version"),
                rs.getString("reporter_name"), rs.getString("reporter_phone"), rs.getInt("unreached"),
                rs.getString("subject_kind") == null ? null : new SubjectFollowUps.Subject(rs.getString("subject_kind"),
                        rs.getObject("subject_id", UUID.class), rs.getString("subject_number"),
                        rs.getString("subject_title"), rs.getString("subject_link")));
    }
}
