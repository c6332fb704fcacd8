package org.fengqiao.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

import org.fengqiao.shared.Digests;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and checks the hash-chained audit trail. Appends are serialised by a transaction-scoped advisory
 * lock so that two instances never fork the chain.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final long LOCK_KEY = 0x4155444954L;
    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(rs.getLong("seq"),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an entry in the caller's transaction (or its own, if there is none). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query(Object.class).optional();
        var last = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long seq = last.map(l -> (Long) l[0] + 1).orElse(1L);
        String prev = last.map(l -> (String) l[1]).orElse(GENESIS);
        // microsecond precision: what PostgreSQL stores is what the hash covers
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String text = detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        AuditEntry e = new AuditEntry(seq, at, actor, action, subjectType, subjectId, text, prev, null);
        String hash = hash(e);
        jdbc.sql("""
                INSERT INTO audit_entry (seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(seq, Timestamp.from(at), actor, action, subjectType, subjectId, text, prev, hash).update();
        return new AuditEntry(seq, at, actor, action, subjectType, subjectId, text, prev, hash);
    }

    /** The newest entries first, optionally only those whose actor, action, subject or route contains the filter. */
    public List<AuditEntry> page(String filter, int page, int size) {
        return read(filter, (long) page * size, size);
    }

    /** As {@link #page}, from an offset and up to a limit (a page and one more to tell whether another follows). */
    List<AuditEntry> read(String filter, long offset, int limit) {
        String like = filter == null || filter.isBlank() ? "%" : "%" + filter.strip() + "%";
        return jdbc.sql("""
                SELECT * FROM audit_entry WHERE actor LIKE :f OR action LIKE :f OR coalesce(subject_id, '') LIKE :f
                   OR coalesce(detail, '') LIKE :f
                ORDER BY seq DESC LIMIT :size OFFSET :offset""")
                .param("f", like).param("size", limit).param("offset", offset).query(ROW).list();
    }

    /** The number of entries: the last sequence number, as the chain numbers them from 1 without gaps. */
    public long count() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    /** The first entry whose hash or link does not match, if any: empty means the chain is intact. */
    @Transactional(readOnly = true)
    public OptionalLong firstBroken() {
        String prev = GENESIS;
        long expectedSeq = 1;
        List<AuditEntry> batch;
        long after = 0;
        do {
            batch = jdbc.sql("SELECT * FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT 5000").param(after)
                    .query(ROW).list();
            for (AuditEntry e : batch) {
                if (e.seq() != expectedSeq || !e.prevHash().equals(prev) || !hash(e).equals(e.hash())) {
                    return OptionalLong.of(expectedSeq);
                }
                prev = e.hash();
                expectedSeq++;
                after = e.seq();
            }
        } while (!batch.isEmpty());
        return OptionalLong.empty();
    }

    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(),
                String.valueOf(e.subjectType()), String.valueOf(e.subjectId()), String.valueOf(e.detail()),
                e.prevHash());
        return Digests.sha256Hex(canonical);
    }
}
