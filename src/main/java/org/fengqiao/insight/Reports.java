package org.fengqiao.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Unit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Period reports: the request, how far its generation has come, and the finished files. */
@Repository
class Reports {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** A report without its files; {@code unitId} and {@code unitCode} are set for a unit's report. */
    record Report(UUID id, String jurisdictionCode, String jurisdictionPath, ReportPeriod period, Locale locale,
            String requestedBy, Instant requestedAt, boolean scheduled, State state, String step, int percent,
            String error, Instant finishedAt, UUID unitId, String unitCode) {

        public boolean pending() {
            return state == State.QUEUED || state == State.RUNNING;
        }

        public boolean done() {
            return state == State.DONE;
        }
    }

    private static final String COLUMNS = "id, jurisdiction_code, jurisdiction_path, period_kind, period_from, locale,"
            + " requested_by, requested_at, scheduled, state, step, percent, error, finished_at, unit_id, unit_code,"
            + " period_to";

    private static final RowMapper<Report> ROW = (rs, i) -> new Report(rs.getObject("id", UUID.class),
            rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"),
            ReportPeriod.stored(ReportPeriod.Kind.valueOf(rs.getString("period_kind")),
                    rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
            Locale.forLanguageTag(rs.getString("locale")), rs.getString("requested_by"),
            rs.getTimestamp("requested_at").toInstant(), rs.getBoolean("scheduled"), State.valueOf(rs.getString("state")),
            rs.getString("step"), rs.getInt("percent"), rs.getString("error"),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
            rs.getObject("unit_id", UUID.class), rs.getString("unit_code"));

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a queued request. A scheduled one is stored only if that jurisdiction (or unit) has none yet for the
     * period (empty otherwise): the partial unique index makes the monthly report exactly once across instances.
     */
    Optional<UUID> add(String code, String path, Unit unit, ReportPeriod period, Locale locale, String by,
            boolean scheduled) {
        UUID id = UUID.randomUUID();
        int n = jdbc.sql("""
                INSERT INTO insight_report (id, jurisdiction_code, jurisdiction_path, unit_id, unit_code, period_kind,
                    period_from, period_to, locale, requested_by, scheduled, state, step)
                VALUES (:id, :code, :path, :unit, :unitCode, :kind, :from, :to, :locale, :by, :scheduled, 'QUEUED',
                    'queued')
                ON CONFLICT DO NOTHING""")
                .param("id", id).param("code", code).param("path", path)
                .param("unit", unit == null ? null : unit.id()).param("unitCode", unit == null ? null : unit.code())
                .param("kind", period.kind().name())
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .param("locale", locale.toLanguageTag()).param("by", by).param("scheduled", scheduled).update();
        return n == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<Report> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM insight_report WHERE id = ?").param(id).query(ROW).optional();
    }

    /**
     * Which reports a reader sees: jurisdiction reports inside {@code paths} if {@code jurisdictions}, unit reports
     * inside {@code paths} if {@code allUnits}, and the reports of {@code ownUnits} in any case.
     */
    record Readable(List<String> paths, boolean jurisdictions, boolean allUnits, List<UUID> ownUnits) {

        private static final String WHERE = """
                ((unit_id IS NULL AND :jurisdictions OR unit_id IS NOT NULL AND :allUnits)
                   AND jurisdiction_path LIKE ANY (:paths))
                OR unit_id = ANY (CAST(:own AS uuid[]))""";

        private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
            return sql.param("paths", paths.stream().map(p -> p + "%").toArray(String[]::new))
                    .param("jurisdictions", jurisdictions).param("allUnits", allUnits)
                    .param("own", ownUnits.stream().map(UUID::toString).toArray(String[]::new));
        }
    }

    /** The newest reports the reader sees. */
    List<Report> readable(Readable r, int limit, int offset) {
        return r.bind(jdbc.sql("SELECT " + COLUMNS + " FROM insight_report WHERE " + Readable.WHERE
                + " ORDER BY requested_at DESC, id LIMIT :limit OFFSET :offset"))
                .param("limit", limit).param("offset", offset).query(ROW).list();
    }

    long countReadable(Readable r) {
        return r.bind(jdbc.sql("SELECT count(*) FROM insight_report WHERE " + Readable.WHERE)).query(Long.class)
                .single();
    }

    Optional<byte[]> file(UUID id, ReportFormat format) {
        return jdbc.sql("SELECT " + format.column() + " FROM insight_report WHERE id = ? AND state = 'DONE'")
                .param(id).query((rs, i) -> rs.getBytes(1)).optional();
    }

    void started(UUID id) {
        jdbc.sql("UPDATE insight_report SET state = 'RUNNING', step = 'reading', percent = 0, error = NULL"
                + " WHERE id = ? AND state <> 'DONE'").param(id).update();
    }

    void progress(UUID id, String step, int percent) {
        jdbc.sql("UPDATE insight_report SET step = ?, percent = ? WHERE id = ? AND state <> 'DONE'")
                .params(step, percent, id).update();
    }

    /** Stores the files; true only for the call that finished the report (a re-run after a crash answers false). */
    boolean done(UUID id, byte[] xlsx, byte[] pdf) {
        return jdbc.sql("""
                UPDATE insight_report SET state = 'DONE', step = 'done', percent = 100, xlsx = ?, pdf = ?,
                    finished_at = ? WHERE id = ? AND state <> 'DONE'""")
                .params(xlsx, pdf, Timestamp.from(Instant.now()), id).update() == 1;
    }

    void failed(UUID id, String error) {
        jdbc.sql("UPDATE insight_report SET state = 'FAILED', step = 'failed', error = ?, finished_at = ? WHERE id = ?")
                .params(error.length() > 400 ? error.substring(0, 400) : error, Timestamp.from(Instant.now()), id)
                .update();
    }
}
