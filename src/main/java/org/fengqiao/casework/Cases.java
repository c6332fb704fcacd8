package org.fengqiao.casework;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Role;
import org.fengqiao.shared.LookupCode;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.PhoneNumber;
import org.fengqiao.shared.StaleVersion;
import org.fengqiao.subject.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored cases with their history; saving checks the version the case was loaded with. */
@Repository
class Cases {

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Case c) {
        Draft d = c.draft();
        jdbc.sql("""
                INSERT INTO cases (id, number, kind, title, description, category, channel, reporter_name,
                  reporter_phone, reporter_person_id, credit_code, enterprise_name, address, lat, lon, jurisdiction_id,
                  jurisdiction_path, visit_id, entered_by, status, lookup_hash, created_at, updated_at, version)
                VALUES (:id, :number, :kind, :title, :description, :category, :channel, :rname, :rphone, :rperson,
                  :credit, :ename, :address, :lat, :lon, :jid, :jpath, :visit, :entered, :status, :lookup, :created, :updated,
                  :version)""")
                .param("id", c.id().value()).param("number", c.number()).param("kind", d.kind().name())
                .param("title", d.title()).param("description", d.description())
                .param("category", d.category().name()).param("channel", d.channel().name())
                .param("rname", d.reporter().name()).param("rphone", d.reporter().phone().value())
                .param("rperson", d.reporter().personId())
                .param("credit", d.creditCode() == null ? null : d.creditCode().value())
                .param("ename", d.enterpriseName()).param("address", d.address()).param("lat", d.lat())
                .param("lon", d.lon()).param("jid", d.jurisdictionId()).param("jpath", d.jurisdictionPath())
                .param("visit", d.visitId()).param("entered", d.enteredBy()).param("status", c.status().name()).param("lookup", c.lookupHash())
                .param("created", ts(c.createdAt())).param("updated", ts(c.updatedAt()))
                .param("version", c.version())
                .update();
        writeHistory(c);
    }

    /** Writes the changed state and the new history entries; another writer in between means a 409. */
    void save(Case c) {
        int updated = jdbc.sql("""
                UPDATE cases SET status = :status, lead_unit_id = :lead, first_unit_id = :first,
                  return_count = :returns, ruled = :ruled, closure_kind = :closure, satisfied = :satisfied,
                  score = :score, resolution = :resolution, reply = :reply, due_at = :due, replied_at = :replied,
                  updated_at = :updated, version = :version, merged_into = :merged
                WHERE id = :id AND version = :loaded""")
                .param("status", c.status().name()).param("lead", c.leadUnitId()).param("first", c.firstUnitId())
                .param("returns", c.returnCount()).param("ruled", c.ruled())
                .param("closure", c.closureKind() == null ? null : c.closureKind().name())
                .param("satisfied", c.satisfied()).param("score", c.score()).param("resolution", c.resolution())
                .param("reply", c.reply()).param("due", ts(c.dueAt())).param("replied", ts(c.repliedAt()))
                .param("updated", ts(c.updatedAt())).param("version", c.version()).param("id", c.id().value())
                .param("loaded", c.loadedVersion()).param("merged", c.mergedInto())
                .update();
        if (updated == 0) {
            long actual = jdbc.sql("SELECT version FROM cases WHERE id = ?").param(c.id().value()).query(Long.class)
                    .optional().orElse(-1L);
            throw new StaleVersion(c.id(), c.loadedVersion(), actual);
        }
        jdbc.sql("DELETE FROM case_co_unit WHERE case_id = ?").param(c.id().value()).update();
        writeHistory(c);
    }

    private void writeHistory(Case c) {
        for (UUID unit : c.coUnitIds()) {
            jdbc.sql("INSERT INTO case_co_unit (case_id, unit_id) VALUES (?, ?)").params(c.id().value(), unit).update();
        }
        for (HistoryEntry e : c.newHistory()) {
            jdbc.sql("""
                    INSERT INTO case_history (case_id, seq, at, actor_id, actor_name, role, channel, action, from_status,
                      to_status, note, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(c.id().value(), e.seq(), ts(e.at()), e.actorId(), e.actorName(), e.role().name(),
                            e.channel().name(), e.action().name(), e.from() == null ? null : e.from().name(),
                            e.to().name(), e.note(), e.detail())
                    .update();
        }
    }

    Optional<Case> find(CaseId id) {
        return jdbc.sql("SELECT * FROM cases WHERE id = ?").param(id.value()).query(this::row).optional();
    }

    /**
     * The case a reporter follows without an account, by number and lookup code. A wrong number and a wrong code
     * are refused alike (not found), and the code is compared in constant time, so neither can be probed.
     */
    Case tracked(String number, String code) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        byte[] given = LookupCode.hash(code == null ? "" : code).getBytes(US_ASCII);
        return findByNumber(n).filter(c -> MessageDigest.isEqual(c.lookupHash().getBytes(US_ASCII), given))
                .orElseThrow(() -> new NotFound("case", n));
    }

    Optional<Case> findByNumber(String number) {
        return jdbc.sql("SELECT * FROM cases WHERE number = ?").param(number).query(this::row).optional();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM cases)").query(Boolean.class).single();
    }

    private Case row(ResultSet rs, int i) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String credit = rs.getString("credit_code");
        Draft draft = new Draft(rs.getString("title"), rs.getString("description"),
                Category.valueOf(rs.getString("category")), Channel.valueOf(rs.getString("channel")),
                new Reporter(rs.getString("reporter_name"), new PhoneNumber(rs.getString("reporter_phone")),
                        rs.getObject("reporter_person_id", UUID.class)),
                credit == null ? null : new CreditCode(credit), rs.getString("enterprise_name"),
                rs.getString("address"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
                rs.getObject("jurisdiction_id", UUID.class), rs.getString("jurisdiction_path"),
                rs.getObject("visit_id", UUID.class), rs.getObject("entered_by", UUID.class));
        String closure = rs.getString("closure_kind");
        Case.State state = new Case.State(CaseStatus.valueOf(rs.getString("status")),
                rs.getObject("lead_unit_id", UUID.class), coUnits(id), rs.getObject("first_unit_id", UUID.class),
                rs.getInt("return_count"), rs.getBoolean("ruled"), closure == null ? null : ClosureKind.valueOf(closure),
                (Boolean) rs.getObject("satisfied"), rs.getObject("score") == null ? null : rs.getInt("score"),
                rs.getString("resolution"), rs.getString("reply"), instant(rs.getTimestamp("due_at")),
                instant(rs.getTimestamp("replied_at")), instant(rs.getTimestamp("updated_at")), rs.getLong("version"),
                rs.getObject("merged_into", UUID.class));
        return new Case(new CaseId(id), rs.getString("number"), draft, rs.getString("lookup_hash"),
                instant(rs.getTimestamp("created_at")), state, history(id));
    }

    private Set<UUID> coUnits(UUID caseId) {
        return new HashSet<>(jdbc.sql("SELECT unit_id FROM case_co_unit WHERE case_id = ?").param(caseId)
                .query(UUID.class).list());
    }

    private List<HistoryEntry> history(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_history WHERE case_id = ? ORDER BY seq").param(caseId)
                .query((rs, i) -> new HistoryEntry(rs.getInt("seq"), instant(rs.getTimestamp("at")),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), Role.valueOf(rs.getString("role")),
                        Channel.valueOf(rs.getString("channel")), Action.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")), rs.getString("note"), rs.getString("detail")))
                .list();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
