package org.fengqiao.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.casework.Category;
import org.fengqiao.casework.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Campaigns {

    /** Pledges signed in one building against its households. */
    record Coverage(String building, int households, long pledged) {

        public int percent() {
            return (int) Math.min(100, pledged * 100 / households);
        }
    }

    /** How far one party is with its tasks. */
    record Progress(String party, long tasks, long done, long overdue) {
    }

    /** Reports in one week (starting Monday). */
    record Week(LocalDate monday, long reports) {
    }

    /** A building and how many reports came from it. */
    record Hot(String building, long reports) {
    }

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Campaign c) {
        jdbc.sql("INSERT INTO community_campaign (id, community_code, community_path, title, aim, category, hotline,"
                + " starts_on, ends_on, created_by, created_at, handling_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.communityCode(), c.communityPath(), c.title(), c.aim(), c.category().name(),
                        c.hotline(), c.startsOn(), c.endsOn(), c.createdBy(), Timestamp.from(c.createdAt()),
                        c.handlingUnitId())
                .update();
    }

    Optional<Campaign> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_campaign WHERE id = ?").param(id).query(Campaigns::campaign)
                .optional();
    }

    List<Campaign> of(String communityCode, Boolean running, LocalDate today) {
        String filter = running == null ? "" : running ? " AND ends_on >= :today" : " AND ends_on < :today";
        return jdbc.sql("SELECT * FROM community_campaign WHERE community_code = :c" + filter
                + " ORDER BY starts_on DESC, id").param("c", communityCode).param("today", today)
                .query(Campaigns::campaign).list();
    }

    void setHandlingUnit(UUID campaignId, UUID unitId) {
        jdbc.sql("UPDATE community_campaign SET handling_unit_id = ? WHERE id = ?").params(unitId, campaignId)
                .update();
    }

    /** A page of a community's campaigns, newest first; running true/false/null as in {@link #of}. */
    List<Campaign> of(String communityCode, Boolean running, LocalDate today, int page, int size) {
        String filter = running == null ? "" : running ? " AND ends_on >= :today" : " AND ends_on < :today";
        return jdbc.sql("SELECT * FROM community_campaign WHERE community_code = :c" + filter
                + " ORDER BY starts_on DESC, id LIMIT :size OFFSET :offset").param("c", communityCode)
                .param("today", today).param("size", size).param("offset", (long) page * size)
                .query(Campaigns::campaign).list();
    }

    long count(String communityCode, Boolean running, LocalDate today) {
        String filter = running == null ? "" : running ? " AND ends_on >= :today" : " AND ends_on < :today";
        return jdbc.sql("SELECT count(*) FROM community_campaign WHERE community_code = :c" + filter)
                .param("c", communityCode).param("today", today).query(Long.class).single();
    }

    /** Pledges newest first, of one building when given. */
    List<Campaign.Pledge> pledges(UUID campaignId, String building, int limit, long offset) {
        return jdbc.sql("SELECT building, room, signer_name, signed_at, recorded_by FROM community_campaign_pledge"
                + " WHERE campaign_id = :id" + (building == null ? "" : " AND building = :b")
                + " ORDER BY signed_at DESC, building, room LIMIT :limit OFFSET :offset").param("id", campaignId)
                .param("b", building == null ? "" : building).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Campaign.Pledge(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, "signed_at"), rs.getString(5))).list();
    }

    long pledgeCount(UUID campaignId, String building) {
        return jdbc.sql("SELECT count(*) FROM community_campaign_pledge WHERE campaign_id = :id"
                + (building == null ? "" : " AND building = :b")).param("id", campaignId)
                .param("b", building == null ? "" : building).query(Long.class).single();
    }

    /** Promotion events and patrols newest first, of one kind when given. */
    List<Campaign.Event> events(UUID campaignId, Campaign.EventKind kind, int limit, long offset) {
        return jdbc.sql("SELECT * FROM community_campaign_event WHERE campaign_id = :id"
                + (kind == null ? "" : " AND kind = :k") + " ORDER BY held_at DESC, id LIMIT :limit OFFSET :offset")
                .param("id", campaignId).param("k", kind == null ? "" : kind.name()).param("limit", limit)
                .param("offset", offset).query(Campaigns::event).list();
    }

    long eventCount(UUID campaignId, Campaign.EventKind kind) {
        return jdbc.sql("SELECT count(*) FROM community_campaign_event WHERE campaign_id = :id"
                + (kind == null ? "" : " AND kind = :k")).param("id", campaignId)
                .param("k", kind == null ? "" : kind.name()).query(Long.class).single();
    }

    void addParty(UUID campaignId, Campaign.Party p) {
        jdbc.sql("INSERT INTO community_campaign_party (id, campaign_id, kind, name, unit_id) VALUES (?, ?, ?, ?, ?)")
                .params(p.id(), campaignId, p.kind().name(), p.name(), p.unitId()).update();
    }

    List<Campaign.Party> parties(UUID campaignId) {
        return jdbc.sql("SELECT id, kind, name, unit_id FROM community_campaign_party WHERE campaign_id = ?"
                + " ORDER BY kind, name").param(campaignId).query((rs, i) -> new Campaign.Party(
                        rs.getObject(1, UUID.class), Campaign.PartyKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, UUID.class))).list();
    }

    void addTask(UUID campaignId, UUID partyId, String title, LocalDate due) {
        jdbc.sql("INSERT INTO community_campaign_task (id, campaign_id, party_id, title, due_on) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), campaignId, partyId, title, due).update();
    }

    List<Campaign.Task> tasks(UUID campaignId) {
        return jdbc.sql("SELECT t.*, p.name AS party FROM community_campaign_task t JOIN community_campaign_party p"
                + " ON p.id = t.party_id WHERE t.campaign_id = ? ORDER BY t.done_at IS NOT NULL, t.due_on, t.title")
                .param(campaignId).query((rs, i) -> new Campaign.Task(rs.getObject("id", UUID.class),
                        rs.getObject("party_id", UUID.class), rs.getString("party"), rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class), instant(rs, "done_at"), rs.getString("done_by"),
                        rs.getString("done_note"))).list();
    }

    Optional<UUID> campaignOfTask(UUID taskId) {
        return jdbc.sql("SELECT campaign_id FROM community_campaign_task WHERE id = ?").param(taskId)
                .query(UUID.class).optional();
    }

    boolean completeTask(UUID taskId, String note, String by, Instant at) {
        return jdbc.sql("UPDATE community_campaign_task SET done_at = ?, done_by = ?, done_note = ?"
                + " WHERE id = ? AND done_at IS NULL").params(Timestamp.from(at), by, note, taskId).update() == 1;
    }

    void setBuilding(UUID campaignId, String building, int households) {
        jdbc.sql("INSERT INTO community_campaign_building (campaign_id, building, households) VALUES (?, ?, ?)"
                + " ON CONFLICT (campaign_id, building) DO UPDATE SET households = excluded.households")
                .params(campaignId, building, households).update();
    }

    boolean hasBuilding(UUID campaignId, String building) {
        return jdbc.sql("SELECT count(*) > 0 FROM community_campaign_building WHERE campaign_id = ? AND building = ?")
                .params(campaignId, building).query(Boolean.class).single();
    }

    /** Records a household's pledge; false when that household already signed. */
    boolean pledge(UUID campaignId, String building, String room, String signer, String by) {
        return jdbc.sql("INSERT INTO community_campaign_pledge (id, campaign_id, building, room, signer_name,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, building, room) DO NOTHING")
                .params(UUID.randomUUID(), campaignId, building, room, signer, by).update() == 1;
    }

    void addEvent(UUID campaignId, Campaign.Event e, UUID caseId) {
        jdbc.sql("INSERT INTO community_campaign_event (id, campaign_id, kind, held_at, place, note, people, finding,"
                + " case_id, case_number, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), campaignId, e.kind().name(), Timestamp.from(e.heldAt()), e.place(), e.note(),
                        e.people(), e.finding(), caseId, e.caseNumber(), e.recordedBy())
                .update();
    }

    List<Campaign.Event> events(UUID campaignId, int limit) {
        return events(campaignId, null, limit, 0);
    }

    private static Campaign.Event event(ResultSet rs, int i) throws SQLException {
        return new Campaign.Event(rs.getObject("id", UUID.class), Campaign.EventKind.valueOf(rs.getString("kind")),
                instant(rs, "held_at"), rs.getString("place"), rs.getString("note"),
                rs.getObject("people", Integer.class), rs.getString("finding"), rs.getString("case_number"),
                rs.getString("recorded_by"));
    }

    void addReport(UUID campaignId, Campaign.Report r) {
        jdbc.sql("INSERT INTO community_campaign_report (id, campaign_id, source, building, case_id, case_number,"
                + " reported_at, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), campaignId, r.source().name(), r.building(), r.caseId(), r.caseNumber(),
                        Timestamp.from(r.reportedAt()), r.unitId())
                .update();
    }

    List<Campaign.Report> reports(UUID campaignId, int limit) {
        return reports(campaignId, null, null, limit, 0);
    }

    /** Reports newest first, of one source and/or one building when given. */
    List<Campaign.Report> reports(UUID campaignId, Campaign.Source source, String building, int limit, long offset) {
        return jdbc.sql("SELECT * FROM community_campaign_report WHERE campaign_id = :id" + reportFilter(source, building)
                + " ORDER BY reported_at DESC, id LIMIT :limit OFFSET :offset").param("id", campaignId)
                .param("source", source == null ? "" : source.name()).param("building", building == null ? "" : building)
                .param("limit", limit).param("offset", offset).query(Campaigns::report).list();
    }

    long reportCount(UUID campaignId, Campaign.Source source, String building) {
        return jdbc.sql("SELECT count(*) FROM community_campaign_report WHERE campaign_id = :id"
                + reportFilter(source, building)).param("id", campaignId)
                .param("source", source == null ? "" : source.name()).param("building", building == null ? "" : building)
                .query(Long.class).single();
    }

    /**
     * The state of a report's case as casework last told it; an older state (an event delivered late) never
     * overwrites a newer one. The first call for a case (the report's own transaction) adds its row.
     */
    void noteCaseState(UUID campaignId, UUID reportId, UUID caseId, CaseStatus status, Instant caseUpdatedAt) {
        jdbc.sql("""
                INSERT INTO community_campaign_case (case_id, campaign_id, report_id, status, case_updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status, case_updated_at = EXCLUDED.case_updated_at
                WHERE community_campaign_case.case_updated_at <= EXCLUDED.case_updated_at""")
                .params(caseId, campaignId, reportId, status.name(), Timestamp.from(caseUpdatedAt)).update();
    }

    /** A later state of a case already followed; false when the case is no campaign's. */
    boolean noteCaseState(UUID caseId, CaseStatus status, Instant caseUpdatedAt) {
        return jdbc.sql("""
                UPDATE community_campaign_case SET status = ?, case_updated_at = ?
                WHERE case_id = ? AND case_updated_at <= ?""")
                .params(status.name(), Timestamp.from(caseUpdatedAt), caseId, Timestamp.from(caseUpdatedAt))
                .update() == 1;
    }

    boolean followsCase(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM community_campaign_case WHERE case_id = ?").param(caseId)
                .query(Long.class).single() > 0;
    }

    /** How many of the campaign's cases stand in each state, in one grouped query. */
    Map<CaseStatus, Long> caseStates(UUID campaignId) {
        Map<CaseStatus, Long> states = new EnumMap<>(CaseStatus.class);
        jdbc.sql("SELECT status, count(*) FROM community_campaign_case WHERE campaign_id = ? GROUP BY status")
                .param(campaignId).query((rs, i) -> states.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return states;
    }

    /** Reports newest first whose case is open ({@code open} true), closed (false) or either (null). */
    List<Campaign.Report> reportsByCaseState(UUID campaignId, Boolean open, int limit, long offset) {
        List<String> closed = Arrays.stream(CaseStatus.values()).filter(s -> !s.isOpen()).map(Enum::name).toList();
        String state = open == null ? "" : open ? " AND s.status NOT IN (:closed)" : " AND s.status IN (:closed)";
        return jdbc.sql("SELECT r.* FROM community_campaign_report r JOIN community_campaign_case s"
                + " ON s.case_id = r.case_id WHERE r.campaign_id = :id" + state
                + " ORDER BY r.reported_at DESC, r.id LIMIT :limit OFFSET :offset").param("id", campaignId)
                .param("closed", closed).param("limit", limit).param("offset", offset).query(Campaigns::report)
                .list();
    }

    private static String reportFilter(Campaign.Source source, String building) {
        return (source == null ? "" : " AND source = :source") + (building == null ? "" : " AND building = :building");
    }

    private static Campaign.Report report(ResultSet rs, int i) throws SQLException {
        return new Campaign.Report(rs.getObject("id", UUID.class), Campaign.Source.valueOf(rs.getString("source")),
                rs.getString("building"), rs.getObject("case_id", UUID.class), rs.getString("case_number"),
                instant(rs, "reported_at"), rs.getObject("unit_id", UUID.class));
    }

    List<Week> reportsPerWeek(UUID campaignId) {
        return jdbc.sql("SELECT date_trunc('week', reported_at AT TIME ZONE 'Asia/Shanghai')::date AS monday,"
                + " count(*) FROM community_campaign_report WHERE campaign_id = ? GROUP BY 1 ORDER BY 1")
                .param(campaignId).query((rs, i) -> new Week(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
    }

    List<Hot> hotBuildings(UUID campaignId, int limit) {
        return jdbc.sql("SELECT building, count(*) FROM community_campaign_report WHERE campaign_id = ?"
                + " GROUP BY building ORDER BY count(*) DESC, building LIMIT ?").params(campaignId, limit)
                .query((rs, i) -> new Hot(rs.getString(1), rs.getLong(2))).list();
    }

    List<Coverage> coverage(UUID campaignId) {
        return jdbc.sql("SELECT b.building, b.households, count(p.id) FROM community_campaign_building b"
                + " LEFT JOIN community_campaign_pledge p ON p.campaign_id = b.campaign_id AND p.building = b.building"
                + " WHERE b.campaign_id = ? GROUP BY b.building, b.households ORDER BY b.building").param(campaignId)
                .query((rs, i) -> new Coverage(rs.getString(1), rs.getInt(2), rs.getLong(3))).list();
    }

    List<Progress> progress(UUID campaignId, LocalDate today) {
        return jdbc.sql("SELECT p.name, count(t.id), count(t.done_at),"
                + " count(t.id) FILTER (WHERE t.done_at IS NULL AND t.due_on < ?)"
                + " FROM community_campaign_party p LEFT JOIN community_campaign_task t ON t.party_id = p.id"
                + " WHERE p.campaign_id = ? GROUP BY p.id, p.kind, p.name ORDER BY p.kind, p.name")
                .params(today, campaignId).query((rs, i) -> new Progress(rs.getString(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Campaign campaign(ResultSet rs, int i) throws SQLException {
        return new Campaign(rs.getObject("id", UUID.class), rs.getString("community_code"),
                rs.getString("community_path"), rs.getString("title"), rs.getString("aim"),
                Category.valueOf(rs.getString("category")), rs.getString("hotline"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getObject("handling_unit_id", UUID.class));
    }
}
