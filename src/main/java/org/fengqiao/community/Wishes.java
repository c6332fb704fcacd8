package org.fengqiao.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Wishes {

    /** One page of wishes and how many match the filter. */
    record Page(List<Wish> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;

    Wishes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber(Instant at) {
        long n = jdbc.sql("SELECT nextval('community_wish_seq')").query(Long.class).single();
        return "XY-" + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai")).format(at) + "-"
                + String.format("%05d", n);
    }

    void add(Wish w, String lookupHash) {
        jdbc.sql("INSERT INTO community_wish (id, number, lookup_hash, community_code, community_path, resident_name,"
                + " resident_phone, title, story, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(w.id(), w.number(), lookupHash, w.communityCode(), w.communityPath(), w.residentName(),
                        w.residentPhone(), w.title(), w.story(), w.status().name(), w.createdBy(),
                        Timestamp.from(w.createdAt()))
                .update();
    }

    /** Saves a step if nobody changed the wish since it was read. */
    boolean update(Wish w) {
        return jdbc.sql("UPDATE community_wish SET status = ?, claimer_kind = ?, partner_id = ?, claimer_name = ?,"
                + " claimer_phone = ?, claimed_at = ?, proof = ?, fulfilled_by = ?, fulfilled_at = ?, thanks = ?,"
                + " thanked_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(w.status().name(), w.claimerKind() == null ? null : w.claimerKind().name(), w.partnerId(),
                        w.claimerName(), w.claimerPhone(), ts(w.claimedAt()), w.proof(), w.fulfilledBy(),
                        ts(w.fulfilledAt()), w.thanks(), ts(w.thankedAt()), w.id(), w.version())
                .update() == 1;
    }

    Optional<Wish> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_wish WHERE id = ?").param(id).query(Wishes::row).optional();
    }

    Optional<Wish> findByNumber(String number, String lookupHash) {
        return jdbc.sql("SELECT * FROM community_wish WHERE number = ? AND lookup_hash = ?")
                .params(number, lookupHash).query(Wishes::row).optional();
    }

    /** A community's wishes, newest first, optionally of one status. */
    Page of(String communityCode, Wish.Status status, int page, int size) {
        String where = " FROM community_wish WHERE community_code = :c" + (status == null ? "" : " AND status = :s");
        var count = jdbc.sql("SELECT count(*)" + where).param("c", communityCode);
        var rows = jdbc.sql("SELECT *" + where + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("c", communityCode).param("size", size).param("offset", (long) page * size);
        if (status != null) {
            count = count.param("s", status.name());
            rows = rows.param("s", status.name());
        }
        return new Page(rows.query(Wishes::row).list(), count.query(Long.class).single(), page, size);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Wish row(ResultSet rs, int i) throws SQLException {
        String kind = rs.getString("claimer_kind");
        return new Wish(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("community_code"),
                rs.getString("community_path"), rs.getString("resident_name"), rs.getString("resident_phone"),
                rs.getString("title"), rs.getString("story"), Wish.Status.valueOf(rs.getString("status")),
                kind == null ? null : Wish.ClaimerKind.valueOf(kind), rs.getObject("partner_id", UUID.class),
                rs.getString("claimer_name"), rs.getString("claimer_phone"), instant(rs, "claimed_at"),
                rs.getString("proof"), rs.getString("fulfilled_by"), instant(rs, "fulfilled_at"),
                rs.getString("thanks"), instant(rs, "thanked_at"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getLong("version"));
    }
}
