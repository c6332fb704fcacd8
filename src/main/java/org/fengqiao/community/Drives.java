package org.fengqiao.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Drives {

    /** A page of donations and how many there are. */
    record DonationPage(List<Drive.Donation> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;

    Drives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Drive d) {
        jdbc.sql("INSERT INTO community_drive (id, community_code, community_path, title, purpose, status, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.communityCode(), d.communityPath(), d.title(), d.purpose(), d.status().name(),
                        d.createdBy(), Timestamp.from(d.createdAt()))
                .update();
        int position = 0;
        for (Drive.Item i : d.items()) {
            jdbc.sql("INSERT INTO community_drive_item (id, drive_id, position, name, unit, target)"
                    + " VALUES (?, ?, ?, ?, ?, ?)").params(i.id(), d.id(), position++, i.name(), i.unit(), i.target())
                    .update();
        }
    }

    Optional<Drive> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_drive WHERE id = ?").param(id).query(this::drive).optional();
    }

    /** A community's drives, open ones first, newest first; optionally only open or only closed ones. */
    List<Drive> of(String communityCode, Drive.Status status) {
        return jdbc.sql("SELECT * FROM community_drive WHERE community_code = :c"
                + (status == null ? "" : " AND status = :s") + " ORDER BY status DESC, created_at DESC")
                .param("c", communityCode).param("s", status == null ? "" : status.name()).query(this::drive).list();
    }

    void donate(UUID driveId, Drive.Donation d) {
        jdbc.sql("INSERT INTO community_donation (id, drive_id, item_id, donor_name, donor_phone, quantity, note,"
                + " received_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), driveId, d.itemId(), d.donorName(), d.donorPhone(), d.quantity(), d.note(),
                        Timestamp.from(d.receivedAt()), d.recordedBy())
                .update();
    }

    boolean close(UUID id, Instant at) {
        return jdbc.sql("UPDATE community_drive SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(Timestamp.from(at), id).update() == 1;
    }

    DonationPage donations(UUID driveId, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM community_donation WHERE drive_id = ?").param(driveId)
                .query(Long.class).single();
        List<Drive.Donation> items = jdbc.sql("SELECT d.*, i.name, i.unit FROM community_donation d"
                + " JOIN community_drive_item i ON i.id = d.item_id WHERE d.drive_id = ?"
                + " ORDER BY d.received_at DESC, d.id LIMIT ? OFFSET ?").params(driveId, size, (long) page * size)
                .query((rs, i) -> new Drive.Donation(rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class), rs.getString("name"), rs.getString("unit"),
                        rs.getString("donor_name"), rs.getString("donor_phone"), rs.getInt("quantity"),
                        rs.getString("note"), rs.getTimestamp("received_at").toInstant(), rs.getString("recorded_by")))
                .list();
        return new DonationPage(items, total, page, size);
    }

    private Drive drive(ResultSet rs, int i) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Drive.Item> items = jdbc.sql("SELECT i.id, i.name, i.unit, i.target, coalesce(sum(d.quantity), 0)"
                + " FROM community_drive_item i LEFT JOIN community_donation d ON d.item_id = i.id"
                + " WHERE i.drive_id = ? GROUP BY i.id ORDER BY i.position").param(id)
                .query((r, j) -> new Drive.Item(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getInt(4), r.getLong(5))).list();
        return new Drive(id, rs.getString("community_code"), rs.getString("community_path"), rs.getString("title"),
                rs.getString("purpose"), Drive.Status.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), items);
    }
}
