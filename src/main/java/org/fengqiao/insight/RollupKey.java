package org.fengqiao.insight;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the daily rollup: jurisdiction × day × category × channel × status × closure kind ('' if open), and
 * the lead unit (null without one) for the unit rollup.
 */
record RollupKey(String jurisdictionPath, LocalDate day, String category, String channel, String status,
        String closureKind, UUID leadUnitId) implements Comparable<RollupKey> {

    @Override
    public int compareTo(RollupKey o) {
        return toString().compareTo(o.toString());
    }
}
