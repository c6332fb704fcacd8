package org.fengqiao.insight;

import java.util.List;
import java.util.Map;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;

/**
 * The figures of one jurisdiction (or of the cases one unit leads there, {@code unit} not null) for one period, over
 * the cases that came in during it. Closed and solved are
 * kept apart: {@code confirmed} counts only cases the reporter confirmed solved (closure kind CONFIRMED).
 */
record Figures(Jurisdiction jurisdiction, Unit unit, Period period, long intake, Map<String, Long> byChannel,
        Map<String, Long> byCategory, Map<String, Long> byStatus, long closed, long confirmed, long open,
        long verdicts, long satisfied, long scoreSum, long replied, long repliedOnTime, long overdue,
        List<Part> parts) {

    /** A jurisdiction one level down, or ({@code own}) the cases placed at this level itself. */
    record Part(Jurisdiction jurisdiction, boolean own, long intake, long closed, long confirmed) {

        public Double closureRate() {
            return rate(closed, intake);
        }

        public Double resolutionRate() {
            return rate(confirmed, intake);
        }
    }

    /** Closed ÷ intake. */
    public Double closureRate() {
        return rate(closed, intake);
    }

    /** Reporter-confirmed solved ÷ intake; never above the closure rate. */
    public Double resolutionRate() {
        return rate(confirmed, intake);
    }

    /** Satisfied verdicts ÷ verdicts. */
    public Double satisfactionRate() {
        return rate(satisfied, verdicts);
    }

    /** Replies given by the deadline ÷ replies to cases with a deadline. */
    public Double onTimeRate() {
        return rate(repliedOnTime, replied);
    }

    public Double averageScore() {
        return verdicts == 0 ? null : (double) scoreSum / verdicts;
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
