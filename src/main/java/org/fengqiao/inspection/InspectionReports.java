package org.fengqiao.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monthly reports made in the background: the request, its progress, and the finished files. */
@Repository
class InspectionReports {

    /** A report run as listed and polled; the files are read separately. */
    record Run(UUID id, String placeCode, String placePath, YearMonth month, String requestedBy,
            java.time.Instant requestedAt, boolean allUnits, List<UUID> unitIds, UUID deliverTo, String state,
            String step, int percent) {

        public boolean done() {
            return "DONE".equals(state);
        }

        public boolean working() {
            return "QUEUED".equals(state) || "RUNNING".equals(state);
        }
    }

    private final JdbcClient jdbc;

    InspectionReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a request; with {@code deliverTo}, only the first request for that room and month is stored (empty
     * answer for the others).
     */
    Optional<UUID> add(String placeCode, String placePath, YearMonth month, String by, boolean allUnits,
            Collection<UUID> unitIds, UUID deliverTo) {
        UUID id = UUID.randomUUID();
        int n = jdbc.sql("""
                INSERT INTO inspection_report (id, place_code, place_path, month, requested_by, all_units, unit_ids,
                    deliver_to) VALUES (:id, :code, :path, :month, :by, :all, :units, :to)
                ON CONFLICT (deliver_to, month) WHERE deliver_to IS NOT NULL DO NOTHING""")
                .param("id", id).param("code", placeCode).param("path", placePath).param("month", month.atDay(1))
                .param("by", by).param("all", allUnits).param("units", unitIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("to", deliverTo).update();
        return n == 1 ? Optional.of(id) : Optional.empty();
    }

    Run get(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_report WHERE id = ?").param(id)
                .query(InspectionReports::run).optional().orElseThrow(() -> new NotFound("report", id));
    }

    /** Reports on places under the paths, or asked for by this person, or delivered to these units; newest first. */
    List<Run> visible(List<String> paths, String username, Collection<UUID> units, int limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder("requested_by = :me");
        p.put("me", username);
        for (int i = 0; i < paths.size(); i++) {
            p.put("p" + i, paths.get(i) + "%");
            where.append(" OR place_path LIKE :p").append(i);
        }
        if (!units.isEmpty()) {
            p.put("units", units);
            where.append(" OR deliver_to IN (:units)");
        }
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_report WHERE " + where
                + " ORDER BY requested_at DESC, id LIMIT :limit OFFSET :offset").params(p)
                .query(InspectionReports::run).list();
    }

    /** A step of a running report; a finished one stays finished (another runner of the same report may lag behind). */
    void progress(UUID id, String step, int percent) {
        jdbc.sql("UPDATE inspection_report SET state = 'RUNNING', step = ?, percent = ? WHERE id = ? AND state <> 'DONE'")
                .params(step, percent, id).update();
    }

    /** Stores the files once; false when the report was finished already (a retried run). */
    boolean finish(UUID id, byte[] xlsx, byte[] pdf) {
        return jdbc.sql("""
                UPDATE inspection_report SET state = 'DONE', step = 'done', percent = 100, xlsx = ?, pdf = ?,
                    finished_at = now() WHERE id = ? AND state <> 'DONE'""").params(xlsx, pdf, id).update() == 1;
    }

    void fail(UUID id) {
        jdbc.sql("UPDATE inspection_report SET state = 'FAILED', step = 'failed' WHERE id = ? AND state <> 'DONE'")
                .param(id).update();
    }

    Optional<byte[]> file(UUID id, String format) {
        String column = "pdf".equals(format) ? "pdf" : "xlsx";
        return jdbc.sql("SELECT " + column + " FROM inspection_report WHERE id = ? AND state = 'DONE'").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static final String COLUMNS = "id, place_code, place_path, month, requested_by, requested_at, all_units, "
            + "unit_ids, deliver_to, state, step, percent";

    private static Run run(ResultSet rs, int n) throws SQLException {
        String units = rs.getString("unit_ids");
        Timestamp at = rs.getTimestamp("requested_at");
        return new Run(rs.getObject("id", UUID.class), rs.getString("place_code"), rs.getString("place_path"),
                YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("requested_by"), at.toInstant(),
                rs.getBoolean("all_units"), units.isEmpty() ? List.of() : Arrays.stream(units.split(",")).map(UUID::fromString).toList(),
                rs.getObject("deliver_to", UUID.class), rs.getString("state"), rs.getString("step"),
                rs.getInt("percent"));
    }
}
