package org.fengqiao.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fact table ({@code insight_case}) and the rollups ({@code insight_daily}, {@code insight_tally} and, per
 * lead unit, {@code insight_unit_tally}).
 */
@Repository
class Rollups {

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the refreshes of one case until the end of the transaction. */
    void lock(UUID caseId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 8))").param(caseId.toString())
                .query(Object.class).single();
    }

    private static final String DIFFERS = """
            (f.case_id IS NULL OR f.status <> c.status OR f.closure_kind IS DISTINCT FROM c.closure_kind
               OR f.satisfied IS DISTINCT FROM c.satisfied OR f.score IS DISTINCT FROM c.score
               OR f.due_at IS DISTINCT FROM c.due_at OR f.replied_at IS DISTINCT FROM c.replied_at
               OR f.lead_unit_id IS DISTINCT FROM c.lead_unit_id)""";

    /** Cases whose fact row is missing or no longer matches the case (a reporting read of casework's table). */
    java.util.List<UUID> stale(int limit) {
        return jdbc.sql("SELECT c.id FROM cases c LEFT JOIN insight_case f ON f.case_id = c.id WHERE " + DIFFERS
                + " LIMIT ?").param(limit).query(UUID.class).list();
    }

    /** As {@link #stale(int)}, among the cases written at or after {@code since} only (an index range). */
    java.util.List<UUID> staleSince(Instant since, int limit) {
        return jdbc.sql("SELECT c.id FROM cases c LEFT JOIN insight_case f ON f.case_id = c.id"
                + " WHERE c.touched_at >= ? AND " + DIFFERS + " ORDER BY c.touched_at LIMIT ?")
                .params(Timestamp.from(since), limit).query(UUID.class).list();
    }

    /** The database's time at the start of the current transaction. */
    Instant now() {
        return jdbc.sql("SELECT now()").query(Timestamp.class).single().toInstant();
    }

    Optional<Instant> watermark() {
        return jdbc.sql("SELECT at FROM insight_watermark WHERE name = 'catch-up'").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    void watermark(Instant at) {
        jdbc.sql("""
                INSERT INTO insight_watermark (name, at) VALUES ('catch-up', ?)
                ON CONFLICT (name) DO UPDATE SET at = greatest(insight_watermark.at, excluded.at)""")
                .param(Timestamp.from(at)).update();
    }

    Optional<CaseFact> fact(UUID caseId) {
        return jdbc.sql("SELECT * FROM insight_case WHERE case_id = ?").param(caseId).query(Rollups::fact).optional();
    }

    void save(CaseFact f) {
        jdbc.sql("""
                INSERT INTO insight_case (case_id, number, day, jurisdiction_path, category, channel, status,
                    closure_kind, satisfied, score, due_at, replied_at, lat, lon, lead_unit_id)
                VALUES (:id, :number, :day, :path, :category, :channel, :status, :closure, :satisfied, :score, :due,
                    :replied, :lat, :lon, :unit)
                ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, closure_kind = excluded.closure_kind,
                    satisfied = excluded.satisfied, score = excluded.score, due_at = excluded.due_at,
                    replied_at = excluded.replied_at, jurisdiction_path = excluded.jurisdiction_path,
                    category = excluded.category, lat = excluded.lat, lon = excluded.lon,
                    lead_unit_id = excluded.lead_unit_id""")
                .param("id", f.caseId()).param("number", f.number()).param("day", f.day())
                .param("path", f.jurisdictionPath()).param("category", f.category()).param("channel", f.channel())
                .param("status", f.status()).param("closure", f.closureKind()).param("satisfied", f.satisfied())
                .param("score", f.score()).param("due", ts(f.dueAt())).param("replied", ts(f.repliedAt()))
                .param("lat", f.lat()).param("lon", f.lon()).param("unit", f.leadUnitId()).update();
    }

    void apply(Map<RollupKey, Measures> delta) {
        delta.forEach((k, m) -> measures(jdbc.sql("""
                INSERT INTO insight_daily (jurisdiction_path, day, category, channel, status, closure_kind, cases,
                    verdicts, satisfied, score_sum, replied, replied_on_time)
                VALUES (:path, :day, :category, :channel, :status, :closure, :cases, :verdicts, :satisfied, :score,
                    :replied, :onTime)
                ON CONFLICT (jurisdiction_path, day, category, channel, status, closure_kind) DO UPDATE SET
                    cases = insight_daily.cases + excluded.cases,
                    verdicts = insight_daily.verdicts + excluded.verdicts,
                    satisfied = insight_daily.satisfied + excluded.satisfied,
                    score_sum = insight_daily.score_sum + excluded.score_sum,
                    replied = insight_daily.replied + excluded.replied,
                    replied_on_time = insight_daily.replied_on_time + excluded.replied_on_time""")
                .param("path", k.jurisdictionPath()).param("day", k.day()).param("category", k.category())
                .param("channel", k.channel()).param("status", k.status()).param("closure", k.closureKind()), m)
                .update());
        delta.forEach(this::tally);
        delta.forEach((k, m) -> {
            if (k.leadUnitId() != null) {
                unitTally(k, m);
            }
        });
    }

    /** The same margins per lead unit (see R__insight_unit_tally.sql). */
    private void unitTally(RollupKey k, Measures m) {
        margins(jdbc.sql("""
                INSERT INTO insight_unit_tally (grain, unit_id, jurisdiction_path, day, dim, value, cases, verdicts,
                    satisfied, score_sum, replied, replied_on_time)
                SELECT g.grain, :unit, :path, CASE g.grain WHEN 'D' THEN :day ELSE date_trunc('month', :day)::date END,
                    d.dim, d.value, :cases, :verdicts, :satisfied, :score, :replied, :onTime
                FROM (VALUES ('D'), ('M')) g (grain)
                CROSS JOIN (VALUES ('all', ''), ('channel', :channel), ('category', :category),
                    ('status', :status), ('closure', :closure)) d (dim, value)
                WHERE d.dim <> 'closure' OR d.value <> ''
                ORDER BY 1, 5, 6
                ON CONFLICT (grain, unit_id, day, jurisdiction_path, dim, value) DO UPDATE SET
                    cases = insight_unit_tally.cases + excluded.cases,
                    verdicts = insight_unit_tally.verdicts + excluded.verdicts,
                    satisfied = insight_unit_tally.satisfied + excluded.satisfied,
                    score_sum = insight_unit_tally.score_sum + excluded.score_sum,
                    replied = insight_unit_tally.replied + excluded.replied,
                    replied_on_time = insight_unit_tally.replied_on_time + excluded.replied_on_time""")
                .param("unit", k.leadUnitId()), k, m).update();
    }

    /** The same change on the dashboard's margins, per day and per month (see V8_11__insight_tally.sql). */
    private void tally(RollupKey k, Measures m) {
        margins(jdbc.sql("""
                INSERT INTO insight_tally (grain, jurisdiction_path, day, dim, value, cases, verdicts, satisfied,
                    score_sum, replied, replied_on_time)
                SELECT g.grain, :path, CASE g.grain WHEN 'D' THEN :day ELSE date_trunc('month', :day)::date END,
                    d.dim, d.value, :cases, :verdicts, :satisfied, :score, :replied, :onTime
                FROM (VALUES ('D'), ('M')) g (grain)
                CROSS JOIN (VALUES ('all', ''), ('channel', :channel), ('category', :category),
                    ('status', :status), ('closure', :closure)) d (dim, value)
                WHERE d.dim <> 'closure' OR d.value <> ''
                ORDER BY 1, 4, 5
                ON CONFLICT (grain, jurisdiction_path, day, dim, value) DO UPDATE SET
                    cases = insight_tally.cases + excluded.cases,
                    verdicts = insight_tally.verdicts + excluded.verdicts,
                    satisfied = insight_tally.satisfied + excluded.satisfied,
                    score_sum = insight_tally.score_sum + excluded.score_sum,
                    replied = insight_tally.replied + excluded.replied,
                    replied_on_time = insight_tally.replied_on_time + excluded.replied_on_time"""), k, m).update();
    }

    /** The key's margins (a closure kind only for closed cases) and the measures, as both tally statements take them. */
    private static JdbcClient.StatementSpec margins(JdbcClient.StatementSpec statement, RollupKey k, Measures m) {
        return measures(statement.param("path", k.jurisdictionPath()).param("day", k.day())
                .param("category", k.category()).param("channel", k.channel()).param("status", k.status())
                .param("closure", "CLOSED".equals(k.status()) ? k.closureKind() : ""), m);
    }

    private static JdbcClient.StatementSpec measures(JdbcClient.StatementSpec statement, Measures m) {
        return statement.param("cases", m.cases()).param("verdicts", m.verdicts()).param("satisfied", m.satisfied())
                .param("score", m.scoreSum()).param("replied", m.replied()).param("onTime", m.repliedOnTime());
    }

    private static CaseFact fact(ResultSet rs, int i) throws SQLException {
        return new CaseFact(rs.getObject("case_id", UUID.class), rs.getString("number"),
                rs.getObject("day", java.time.LocalDate.class), rs.getString("jurisdiction_path"),
                rs.getString("category"), rs.getString("channel"), rs.getString("status"),
                rs.getString("closure_kind"), rs.getObject("satisfied", Boolean.class),
                rs.getObject("score", Integer.class), instant(rs.getTimestamp("due_at")),
                instant(rs.getTimestamp("replied_at")), rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class), rs.getObject("lead_unit_id", UUID.class));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
