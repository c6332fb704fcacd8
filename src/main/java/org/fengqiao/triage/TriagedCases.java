package org.fengqiao.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases as triage saw them: suggestion, outcome, open or closed, and their LSH band buckets. */
@Repository
class TriagedCases {

    enum Outcome { QUEUED, AUTO_ROUTED, PICKED, ROUTED_ELSEWHERE }

    record Row(UUID caseId, String number, String title, String text, String jurisdictionPath, Instant submittedAt,
            List<CategoryScore> top, UUID suggestedUnitId, Integer modelVersion, Outcome outcome, String category,
            String pickedBy, boolean open) {

        CategoryScore best() {
            return top.get(0);
        }
    }

    private final JdbcClient jdbc;

    TriagedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the triage of a new case once; a second delivery of the same event changes nothing. */
    boolean add(Row r, long[] bands) {
        int n = jdbc.sql("""
                INSERT INTO triage_case (case_id, number, title, text, jurisdiction_path, submitted_at, top,
                  best_category, best_confidence, suggested_unit_id, model_version, outcome, category)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (case_id) DO NOTHING""")
                .params(r.caseId(), r.number(), cut(r.title(), 400), r.text(), r.jurisdictionPath(),
                        Timestamp.from(r.submittedAt()), encode(r.top()), r.best().category(), r.best().confidence(),
                        r.suggestedUnitId(), r.modelVersion(), r.outcome().name(), r.category())
                .update();
        if (n == 0) {
            return false;
        }
        // One statement for all bands (band = position in the array, from 0): one round trip instead of twenty.
        jdbc.sql("""
                INSERT INTO triage_band (case_id, band, bucket)
                SELECT ?, t.n - 1, t.bucket FROM unnest(?::bigint[]) WITH ORDINALITY AS t(bucket, n)""")
                .params(r.caseId(), Arrays.stream(bands).mapToObj(Long::toString)
                        .collect(Collectors.joining(",", "{", "}")))
                .update();
        return true;
    }

    Optional<Row> find(UUID caseId) {
        return jdbc.sql("SELECT * FROM triage_case WHERE case_id = ?").param(caseId).query(this::row).optional();
    }

    void setOutcome(UUID caseId, Outcome outcome, String category, String by) {
        jdbc.sql("UPDATE triage_case SET outcome = ?, category = ?, picked_by = ?, picked_at = ? WHERE case_id = ?")
                .params(outcome.name(), category, by, by == null ? null : Timestamp.from(Instant.now()), caseId)
                .update();
    }

    /** The industry of the enterprise that raised the case (checklists group by it). */
    void setIndustry(UUID caseId, String industry) {
        jdbc.sql("UPDATE triage_case SET industry = ? WHERE case_id = ?").params(industry, caseId).update();
    }

    /** A person assigned the case some other way: it leaves the queue. */
    void leaveQueue(UUID caseId) {
        jdbc.sql("UPDATE triage_case SET outcome = 'ROUTED_ELSEWHERE' WHERE case_id = ? AND outcome = 'QUEUED'")
                .param(caseId).update();
    }

    void setOpen(UUID caseId, boolean open, Instant at) {
        jdbc.sql("UPDATE triage_case SET open = ?, closed_at = ? WHERE case_id = ?")
                .params(open, open ? null : Timestamp.from(at), caseId).update();
    }

    /** Queued open cases inside any of the paths, oldest first (or newest), one page plus one to tell if more. */
    List<Row> queue(List<String> paths, String category, boolean newestFirst, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        String where = "outcome = 'QUEUED' AND open AND " + inside(paths, p);
        if (category != null && !category.isBlank()) {
            where += " AND best_category = :category";
            p.put("category", category);
        }
        p.put("limit", size + 1);
        p.put("offset", (long) Math.max(0, page) * size);
        return jdbc.sql("SELECT * FROM triage_case WHERE " + where + " ORDER BY submitted_at "
                + (newestFirst ? "DESC" : "ASC") + ", number LIMIT :limit OFFSET :offset").params(p)
                .query(this::row).list();
    }

    /** Open cases that share an LSH bucket with the given bands, other than the case itself. */
    List<Row> sharingBuckets(UUID self, long[] bands, List<String> paths) {
        if (bands.length == 0) {
            return List.of();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        StringBuilder or = new StringBuilder();
        for (int b = 0; b < bands.length; b++) {
            or.append(b == 0 ? "" : " OR ").append("(band = :b").append(b).append(" AND bucket = :k").append(b)
                    .append(")");
            p.put("b" + b, b);
            p.put("k" + b, bands[b]);
        }
        p.put("self", self);
        return jdbc.sql("SELECT t.* FROM triage_case t WHERE t.open AND t.case_id <> :self AND " + inside(paths, p)
                + " AND t.case_id IN (SELECT case_id FROM triage_band WHERE " + or + ") ORDER BY submitted_at DESC"
                + " LIMIT 200").params(p).query(this::row).list();
    }

    /** "jurisdiction_path LIKE any of the paths" as bound parameters; no paths means nothing. */
    static String inside(List<String> paths, Map<String, Object> p) {
        if (paths.isEmpty()) {
            return "false";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            parts.add("jurisdiction_path LIKE :path" + i);
            p.put("path" + i, paths.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getObject("case_id", UUID.class), rs.getString("number"), rs.getString("title"),
                rs.getString("text"), rs.getString("jurisdiction_path"), rs.getTimestamp("submitted_at").toInstant(),
                decode(rs.getString("top")), rs.getObject("suggested_unit_id", UUID.class),
                (Integer) rs.getObject("model_version"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("category"), rs.getString("picked_by"), rs.getBoolean("open"));
    }

    static String encode(List<CategoryScore> top) {
        StringBuilder s = new StringBuilder();
        for (CategoryScore c : top) {
            s.append(s.isEmpty() ? "" : ";").append(c.category()).append('=').append(c.confidence());
        }
        return s.toString();
    }

    static List<CategoryScore> decode(String top) {
        List<CategoryScore> out = new ArrayList<>();
        for (String part : top.split(";")) {
            int eq = part.lastIndexOf('=');
            out.add(new CategoryScore(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1))));
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
