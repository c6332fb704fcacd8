package org.fengqiao.community;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Activities {

    /** One page of activities and how many match. */
    record Page(List<Activity> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A volunteer's approved hours in a community: sign-ups counted and hours summed per phone number. */
    record Volunteer(String name, String phone, long activities, BigDecimal hours, Instant last) {
    }

    /** A community's volunteering in all: people with approved hours, their activities and hours. */
    record Totals(String communityCode, long volunteers, long activities, BigDecimal hours) {
    }

    /** A page of the ledger with the community's totals. */
    record Ledger(List<Volunteer> items, long total, int page, int size, Totals totals) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final Map<String, String> LEDGER_SORTS = Map.of("hours", "hours", "name", "name",
            "activities", "activities", "last", "last");

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Activity a) {
        jdbc.sql("INSERT INTO community_activity (id, community_code, community_path, title, description, place,"
                + " starts_at, ends_at, capacity, hours, check_in_token, organiser, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.communityCode(), a.communityPath(), a.title(), a.description(), a.place(),
                        Timestamp.from(a.startsAt()), Timestamp.from(a.endsAt()), a.capacity(), a.hours(),
                        a.checkInToken(), a.organiser(), Timestamp.from(a.createdAt()))
                .update();
    }

    Optional<Activity> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_activity WHERE id = ?").param(id).query(Activities::activity)
                .optional();
    }

    /** Locks the activity row so that sign-ups against its capacity are counted one at a time. */
    Optional<Activity> lock(UUID id) {
        return jdbc.sql("SELECT * FROM community_activity WHERE id = ? FOR UPDATE").param(id)
                .query(Activities::activity).optional();
    }

    /** Activities of a community: upcoming (not yet ended) soonest first, past newest first, or all newest first. */
    Page of(String communityCode, String when, Instant now, int page, int size) {
        String filter = switch (when) {
            case "upcoming" -> " AND ends_at >= :now ORDER BY starts_at, id";
            case "past" -> " AND ends_at < :now ORDER BY starts_at DESC, id";
            default -> " ORDER BY starts_at DESC, id";
        };
        Timestamp t = Timestamp.from(now);
        long total = jdbc.sql("SELECT count(*) FROM community_activity WHERE community_code = :c"
                + filter.substring(0, filter.indexOf(" ORDER BY"))).param("c", communityCode).param("now", t)
                .query(Long.class).single();
        List<Activity> items = jdbc.sql("SELECT * FROM community_activity WHERE community_code = :c" + filter
                + " LIMIT :size OFFSET :offset").param("c", communityCode).param("now", t).param("size", size)
                .param("offset", (long) page * size).query(Activities::activity).list();
        return new Page(items, total, page, size);
    }

    List<Activity.SignUp> signUps(UUID activityId) {
        return jdbc.sql("SELECT * FROM community_activity_signup WHERE activity_id = ? ORDER BY signed_up_at, id")
                .param(activityId).query(Activities::signUp).list();
    }

    Optional<Activity.SignUp> signUp(UUID activityId, String phone) {
        return jdbc.sql("SELECT * FROM community_activity_signup WHERE activity_id = ? AND phone = ?")
                .params(activityId, phone).query(Activities::signUp).optional();
    }

    Optional<Activity.SignUp> signUp(UUID id) {
        return jdbc.sql("SELECT * FROM community_activity_signup WHERE id = ?").param(id).query(Activities::signUp)
                .optional();
    }

    long signUpCount(UUID activityId) {
        return jdbc.sql("SELECT count(*) FROM community_activity_signup WHERE activity_id = ?").param(activityId)
                .query(Long.class).single();
    }

    /** Adds a sign-up; false when this phone number is already signed up for the activity. */
    boolean addSignUp(Activity.SignUp s) {
        return jdbc.sql("INSERT INTO community_activity_signup (id, activity_id, name, phone, signed_up_at,"
                + " checked_in_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id, phone) DO NOTHING")
                .params(s.id(), s.activityId(), s.name(), s.phone(), Timestamp.from(s.signedUpAt()),
                        s.checkedInAt() == null ? null : Timestamp.from(s.checkedInAt()))
                .update() == 1;
    }

    /** Checks the person in; false when they already were (a second scan changes nothing). */
    boolean checkIn(UUID signUpId, Instant at) {
        return jdbc.sql("UPDATE community_activity_signup SET checked_in_at = ? WHERE id = ? AND checked_in_at IS NULL")
                .params(Timestamp.from(at), signUpId).update() == 1;
    }

    /** Credits the hours once; false when they were already approved or the person never checked in. */
    boolean approve(UUID signUpId, BigDecimal hours, String by, Instant at) {
        return jdbc.sql("UPDATE community_activity_signup SET hours = ?, approved_by = ?, approved_at = ?"
                + " WHERE id = ? AND checked_in_at IS NOT NULL AND approved_at IS NULL")
                .params(hours, by, Timestamp.from(at), signUpId).update() == 1;
    }

    /**
     * The volunteer-hours ledger of a community: one row per person (phone), filtered by name, and by phone number
     * only for a viewer who may see phone numbers (a masked viewer could otherwise confirm a number by searching).
     */
    Ledger ledger(String communityCode, String query, boolean byPhone, String sort, boolean ascending, int page,
            int size) {
        String q = query == null || query.isBlank() ? null : "%" + query.strip().replace("%", "") + "%";
        String where = " FROM community_activity_signup s JOIN community_activity a ON a.id = s.activity_id"
                + " WHERE a.community_code = :c AND s.approved_at IS NOT NULL"
                + (q == null ? "" : byPhone ? " AND (s.name LIKE :q OR s.phone LIKE :q)" : " AND s.name LIKE :q");
        String order = LEDGER_SORTS.getOrDefault(sort, "hours") + (ascending ? " ASC" : " DESC") + ", phone";
        var count = jdbc.sql("SELECT count(DISTINCT s.phone)" + where).param("c", communityCode);
        var rows = jdbc.sql("SELECT s.phone, (array_agg(s.name ORDER BY s.approved_at DESC))[1] AS name,"
                + " count(*) AS activities, sum(s.hours) AS hours, max(s.approved_at) AS last" + where
                + " GROUP BY s.phone ORDER BY " + order + " LIMIT :size OFFSET :offset").param("c", communityCode)
                .param("size", size).param("offset", (long) page * size);
        if (q != null) {
            count = count.param("q", q);
            rows = rows.param("q", q);
        }
        List<Volunteer> items = rows.query((rs, i) -> new Volunteer(rs.getString("name"), rs.getString("phone"),
                rs.getLong("activities"), rs.getBigDecimal("hours"), rs.getTimestamp("last").toInstant())).list();
        return new Ledger(items, count.query(Long.class).single(), page, size, totals(List.of(communityCode))
                .getOrDefault(communityCode, new Totals(communityCode, 0, 0, BigDecimal.ZERO)));
    }

    /** Approved volunteering per community. */
    Map<String, Totals> totals(List<String> communityCodes) {
        if (communityCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, Totals> totals = new java.util.HashMap<>();
        jdbc.sql("SELECT a.community_code, count(DISTINCT s.phone), count(DISTINCT a.id), sum(s.hours)"
                + " FROM community_activity_signup s JOIN community_activity a ON a.id = s.activity_id"
                + " WHERE a.community_code IN (:codes) AND s.approved_at IS NOT NULL GROUP BY a.community_code")
                .param("codes", communityCodes).query((rs, i) -> new Totals(rs.getString(1), rs.getLong(2),
                        rs.getLong(3), rs.getBigDecimal(4))).list().forEach(t -> totals.put(t.communityCode(), t));
        return totals;
    }

    private static Activity activity(ResultSet rs, int i) throws SQLException {
        return new Activity(rs.getObject("id", UUID.class), rs.getString("community_code"),
                rs.getString("community_path"), rs.getString("title"), rs.getString("description"),
                rs.getString("place"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("capacity"), rs.getBigDecimal("hours"), rs.getString("check_in_token"),
                rs.getString("organiser"), rs.getTimestamp("created_at").toInstant());
    }

    private static Activity.SignUp signUp(ResultSet rs, int i) throws SQLException {
        Timestamp in = rs.getTimestamp("checked_in_at");
        Timestamp ok = rs.getTimestamp("approved_at");
        return new Activity.SignUp(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
                rs.getString("name"), rs.getString("phone"), rs.getTimestamp("signed_up_at").toInstant(),
                in == null ? null : in.toInstant(), rs.getBigDecimal("hours"), rs.getString("approved_by"),
                ok == null ? null : ok.toInstant());
    }
}
