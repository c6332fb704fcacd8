package org.fengqiao.casework;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案结事了 figures for dashboards (insight reads them here): of the dispute closes in a period and place (cases and
 * other followed-up subjects such as mediations alike), how many
 * were settled (every follow-up held), recurred (a follow-up reopened the case), reopened otherwise before their
 * follow-ups were done, ended unreachable (无法联系: a follow-up reached nobody on its last attempt; neither settled
 * nor recurred) and how many are still being followed up.
 */
@Service
public class FollowUpFigures {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    /**
     * @param closes dispute closes with follow-ups planned in the period
     */
    public record Settlement(long closes, long settled, long recurred, long reopened, long pending, long unreachable) {

        /** Settled closes per close (pending ones count against it), 0 when there were none. */
        public double settledRate() {
            return closes == 0 ? 0 : (double) settled / closes;
        }
    }

    private final JdbcClient jdbc;

    FollowUpFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Closes from {@code from} up to and including {@code to} (local dates) inside the jurisdiction path. */
    @Transactional(readOnly = true)
    public Settlement settlement(String jurisdictionPath, LocalDate from, LocalDate to) {
        return settlement(jurisdictionPath, null, from, to);
    }

    /** As {@link #settlement(String, LocalDate, LocalDate)}, of the cases the unit leads (all if null). */
    @Transactional(readOnly = true)
    public Settlement settlement(String jurisdictionPath, UUID leadUnitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                WITH closes AS (
                  SELECT coalesce(f.case_id, f.subject_id) AS disputed, f.closed_at,
                         bool_or(f.outcome = 'RECURRED') AS recurred,
                         bool_or(f.status = 'CANCELLED') AS cancelled,
                         bool_or(f.status IN ('PLANNED', 'DUE')) AS open,
                         bool_or(f.outcome = 'UNREACHABLE') AS unreachable
                  FROM case_follow_up f
                  WHERE f.jurisdiction_path LIKE ? AND f.closed_at >= ? AND f.closed_at < ?
                    AND (CAST(? AS uuid) IS NULL
                         OR f.case_id IN (SELECT id FROM cases WHERE lead_unit_id = CAST(? AS uuid)))
                  GROUP BY 1, 2)
                SELECT count(*),
                       count(s.closed_at),
                       count(*) FILTER (WHERE recurred),
                       count(*) FILTER (WHERE cancelled AND NOT recurred),
                       count(*) FILTER (WHERE open AND s.closed_at IS NULL),
                       count(*) FILTER (WHERE unreachable AND NOT recurred AND NOT cancelled)
                FROM closes k LEFT JOIN case_settlement s
                  ON coalesce(s.case_id, s.subject_id) = k.disputed AND s.closed_at = k.closed_at""")
                .params(jurisdictionPath.replace("%", "") + "%",
                        Timestamp.from(from.atStartOfDay(ZONE).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()), leadUnitId, leadUnitId)
                .query((rs, i) -> new Settlement(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }
}
