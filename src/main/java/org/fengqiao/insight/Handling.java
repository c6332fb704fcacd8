package org.fengqiao.insight;

import java.sql.Date;
import java.util.List;

import org.fengqiao.casework.FollowUpFigures;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;
import org.springframework.stereotype.Component;

/**
 * How the cases of a report were handled, beside the rollup's counts: per time-limit stage (受理, 签收, 首次响应,
 * 办结) how many finished and how many of those by their due time; whistles and arrivals per escalation rung; and
 * the follow-up outcomes (案结事了) of the closes in the period. Read when a report is made (reporting reads of
 * casework's clock and escalation tables for the report's cases), not kept in a rollup.
 */
@Component
class Handling {

    /** One stage: finished with a due time, of which by the due time, and still open past it. */
    record Stage(String name, long finished, long onTime, long overdueOpen) {

        ReportContent.Rate rate() {
            return new ReportContent.Rate(Figures.rate(onTime, finished));
        }
    }

    /** One rung: whistles blown, of which by the reporter, and arrivals reported. */
    record Rung(int rung, long whistles, long byReporter, long arrivals) {
    }

    static final List<String> STAGES = List.of("accept", "acknowledge", "respond", "resolve");

    private final ReportingReads reads;
    private final FollowUpFigures followUps;

    Handling(ReportingReads reads, FollowUpFigures followUps) {
        this.reads = reads;
        this.followUps = followUps;
    }

    List<Stage> stages(Jurisdiction place, Unit unit, Period period) {
        return reads.read(from -> from.sql("""
                SELECT count(*) FILTER (WHERE k.accepted_at IS NOT NULL AND k.accept_due IS NOT NULL),
                       count(*) FILTER (WHERE k.accepted_at <= k.accept_due),
                       count(*) FILTER (WHERE k.accepted_at IS NULL AND k.stopped_at IS NULL AND k.accept_due < now()),
                       count(*) FILTER (WHERE k.acknowledged_at IS NOT NULL AND k.ack_due IS NOT NULL),
                       count(*) FILTER (WHERE k.acknowledged_at <= k.ack_due),
                       count(*) FILTER (WHERE k.acknowledged_at IS NULL AND k.stopped_at IS NULL AND k.ack_due < now()),
                       count(*) FILTER (WHERE k.responded_at IS NOT NULL AND k.reply_due IS NOT NULL),
                       count(*) FILTER (WHERE k.responded_at <= k.reply_due),
                       count(*) FILTER (WHERE k.responded_at IS NULL AND k.stopped_at IS NULL AND k.reply_due < now()),
                       count(*) FILTER (WHERE k.resolved_at IS NOT NULL AND k.resolve_due IS NOT NULL),
                       count(*) FILTER (WHERE k.resolved_at <= k.resolve_due),
                       count(*) FILTER (WHERE k.resolved_at IS NULL AND k.stopped_at IS NULL AND k.resolve_due < now())
                FROM insight_case f JOIN case_clock k ON k.case_id = f.case_id
                WHERE f.jurisdiction_path LIKE :path AND f.day BETWEEN :from AND :to""" + unitFilter(unit))
                .param("path", place.path() + "%").param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("unit", Dashboard.unitId(unit))
                .query((rs, i) -> List.of(new Stage(STAGES.get(0), rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                        new Stage(STAGES.get(1), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                        new Stage(STAGES.get(2), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                        new Stage(STAGES.get(3), rs.getLong(10), rs.getLong(11), rs.getLong(12))))
                .single());
    }

    List<Rung> rungs(Jurisdiction place, Unit unit, Period period) {
        return reads.read(from -> from.sql("""
                SELECT e.rung, count(*) FILTER (WHERE e.kind = 'WHISTLE'),
                       count(*) FILTER (WHERE e.kind = 'WHISTLE' AND e.trigger = 'REPORTER'),
                       count(*) FILTER (WHERE e.kind = 'ARRIVAL')
                FROM insight_case f JOIN escalation_log e ON e.case_id = f.case_id
                WHERE f.jurisdiction_path LIKE :path AND f.day BETWEEN :from AND :to""" + unitFilter(unit)
                + " GROUP BY e.rung ORDER BY e.rung")
                .param("path", place.path() + "%").param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).param("unit", Dashboard.unitId(unit))
                .query((rs, i) -> new Rung(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list());
    }

    FollowUpFigures.Settlement followUps(Jurisdiction place, Unit unit, Period period) {
        return followUps.settlement(place.path(), Dashboard.unitId(unit), period.from(), period.to());
    }

    private static String unitFilter(Unit unit) {
        return unit == null ? "" : " AND f.lead_unit_id = :unit";
    }
}
