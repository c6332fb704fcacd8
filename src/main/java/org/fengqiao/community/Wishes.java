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
                + " resident_phone, title, story, status, created_by, created_at, moderation)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(w.id(), w.number(), lookupHash, w.communityCode(), w.communityPath(), w.residentName(),
                        w.residentPhone(), w.title(), w.story(), w.status().name(), w.createdBy(),
                        Timestamp.from(w.createdAt()), w.moderation().name())
                .update();
    }

    /** Saves a step if nobody changed the wish since it was read. */
    boolean update(Wish w) {
        return jdbc.sql("UPDATE community_wish SET status = ?, claimer_kind = ?, partner_id = ?, claimer_name = ?,"
                + " claimer_phone = ?, claimed_at = ?, proof = ?, fulfilled_by = ?, fulfilled_at = ?, thanks = ?,"
                + " thanked_at = ?, proof_photo_id = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(w.status().name(), w.claimerKind() == null ? null : w.claimerKind().name(), w.partnerId(),
                        w.claimerName(), w.claimerPhone(), ts(w.claimedAt()), w.proof(), w.fulfilledBy(),
                        ts(w.fulfilledAt()), w.thanks(), ts(w.thankedAt()), w.proofPhotoId(), w.id(), w.version())
                .update() == 1;
    }

    /** Records staff's decision on a pending wish if nobody changed it since it was read. */
    boolean moderate(Wish w, String by, Instant at) {
        return jdbc.sql("UPDATE community_wish SET moderation = ?, moderated_by = ?, moderated_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND moderation = 'PENDING'")
                .params(w.moderation().name(), by, Timestamp.from(at), w.id(), w.version()).update() == 1;
    }

    void addPhoto(UUID id, UUID wishId, ProofPhoto p, String by) {
        jdbc.sql("INSERT INTO community_wish_photo (id, wish_id, file_name, content_type, size_bytes, data,"
                + " uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, wishId, p.fileName(), p.contentType(), p.data().length, p.data(), by).update();
    }

    Optional<ProofPhoto> photo(UUID wishId, UUID photoId) {
        return jdbc.sql("SELECT file_name, content_type, data FROM community_wish_photo WHERE id = ? AND wish_id = ?")
                .params(photoId, wishId).query((rs, i) -> new ProofPhoto(rs.getString(1), rs.getString(2),
                        rs.getBytes(3))).optional();
    }

    Optional<Wish> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_wish WHERE id = ?").param(id).query(Wishes::row).optional();
    }

    Optional<Wish> findByNumber(String number, String lookupHash) {
        return jdbc.sql("SELECT * FROM community_wish WHERE number = ? AND lookup_hash = ?")
                .params(number, lookupHash).query(Wishes::row).optional();
    }

    /** A community's wishes, newest first, optionally of one status and one moderation state. */
    Page of(String communityCode, Wish.Status status, Wish.Moderation moderation, int page, int size) {
        String where = " FROM community_wish WHERE community_code = :c" + (status == null ? "" : " AND status = :s")
                + (moderation == null ? "" : " AND moderation = :m");
        var count = jdbc.sql("SELECT count(*)" + where).param("c", communityCode);
        var rows = jdbc.sql("SELECT *" + where + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("c", communityCode).param("size", size).param("offset", (long) page * size);
        if (status != null) {
            count = count.param("s", status.name());
            rows = rows.param("s", status.name());
        }
        if (moderation != null) {
            count = count.param("m", moderation.name());
            rows = rows.param("m", moderation.name());
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
                instant(rs, "created_at"), rs.getLong("version"), Wish.Moderation.valueOf(rs.getString("moderation")),
                rs.getObject("proof_photo_id", UUID.class));
    }
}
