package org.fengqiao.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Grades {

    private final JdbcClient jdbc;

    Grades(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Grade> find(UUID enterpriseId) {
        return jdbc.sql("SELECT * FROM inspection_grade WHERE enterprise_id = ?").param(enterpriseId)
                .query(Grades::map).optional();
    }

    void saveComputed(UUID enterpriseId, RiskScoring.Assessment a) {
        jdbc.sql("""
                INSERT INTO inspection_grade (enterprise_id, computed_grade, score, reasons)
                VALUES (:id, :grade, :score, :reasons)
                ON CONFLICT (enterprise_id) DO UPDATE SET computed_grade = :grade, score = :score, reasons = :reasons,
                    computed_at = now(), version = inspection_grade.version + 1""")
                .param("id", enterpriseId).param("grade", a.grade().name()).param("score", a.score())
                .param("reasons", encode(a.reasons())).update();
    }

    void override(UUID enterpriseId, long expectedVersion, RiskGrade grade, String reason, String by) {
        int changed = jdbc.sql("""
                UPDATE inspection_grade SET override_grade = ?, override_reason = ?, overridden_by = ?,
                    overridden_at = now(), version = version + 1
                WHERE enterprise_id = ? AND version = ?""")
                .params(grade.name(), reason, by, enterpriseId, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(enterpriseId, expectedVersion, find(enterpriseId).map(Grade::version).orElse(-1L));
        }
    }

    private static String encode(List<RiskScoring.Reason> reasons) {
        StringBuilder s = new StringBuilder();
        reasons.forEach(r -> s.append(r.key()).append('|').append(r.points()).append('|')
                .append(r.argument().replace('\n', ' ')).append('\n'));
        return s.toString();
    }

    private static List<RiskScoring.Reason> decode(String text) {
        List<RiskScoring.Reason> reasons = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\\|", 3);
            if (parts.length == 3) {
                reasons.add(new RiskScoring.Reason(parts[0], Integer.parseInt(parts[1]), parts[2]));
            }
        }
        return reasons;
    }

    private static Grade map(ResultSet rs, int row) throws SQLException {
        String override = rs.getString("override_grade");
        return new Grade(rs.getObject("enterprise_id", UUID.class), RiskGrade.valueOf(rs.getString("computed_grade")),
                rs.getInt("score"), decode(rs.getString("reasons")),
                override == null ? null : RiskGrade.valueOf(override), rs.getString("override_reason"),
                rs.getString("overridden_by"), rs.getTimestamp("computed_at").toInstant(), rs.getLong("version"));
    }
}
