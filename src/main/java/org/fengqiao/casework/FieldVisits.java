package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' visits to firms (走访); the issues raised become cases that point back to the visit. */
@Repository
class FieldVisits {

    /** One visit as stored; {@code cases} counts the issues raised. */
    record Visit(UUID id, String officerName, String enterpriseName, String creditCode, String jurisdictionPath,
            Instant visitedAt, String notes, int cases) {
    }

    private final JdbcClient jdbc;

    FieldVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, UUID officerId, String officerName, UUID unitId, String enterpriseName, String creditCode,
            String address, UUID jurisdictionId, String jurisdictionPath, Instant visitedAt, String notes) {
        jdbc.sql("""
                INSERT INTO field_visit (id, officer_id, officer_name, unit_id, enterprise_name, credit_code, address,
                  jurisdiction_id, jurisdiction_path, visited_at, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, officerId, officerName, unitId, enterpriseName, creditCode, address, jurisdictionId,
                        jurisdictionPath, Cases.ts(visitedAt), notes)
                .update();
    }

    List<Visit> byOfficer(UUID officerId, int limit) {
        return jdbc.sql("""
                SELECT v.*, (SELECT count(*) FROM cases c WHERE c.visit_id = v.id) AS n FROM field_visit v
                WHERE v.officer_id = ? ORDER BY v.visited_at DESC LIMIT ?""").params(officerId, limit)
                .query((rs, i) -> new Visit(rs.getObject("id", UUID.class), rs.getString("officer_name"),
                        rs.getString("enterprise_name"), rs.getString("credit_code"), rs.getString("jurisdiction_path"),
                        Cases.instant(rs.getTimestamp("visited_at")), rs.getString("notes"), rs.getInt("n")))
                .list();
    }
}
