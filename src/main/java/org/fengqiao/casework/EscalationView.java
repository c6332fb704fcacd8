package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case on its ladder, as pages and the API show it.
 *
 * @param rung        the last rung whose whistle blew (0 before any)
 * @param nextDue     when the next whistle may blow (null at the top or when the case no longer runs)
 * @param mayWhistle  whether the viewer (the reporter) may blow it now
 * @param mayArrive   whether the viewer's unit was called and has not reported in yet
 */
public record EscalationView(String ladder, int rung, List<Step> steps, Instant nextDue, boolean mayWhistle,
        boolean mayArrive, List<Line> log) {

    /** One rung: its label, party, the time its stage may last, and whether it was reached. */
    public record Step(int position, String label, String party, String stage, boolean reached) {
    }

    /** One log line; {@code toArrive} is set on arrivals (from the whistle that called the party). */
    public record Line(Instant at, String kind, int rung, String label, String unit, String trigger, String actor,
            Duration toArrive) {
    }
}
