package org.fengqiao.insight;

import java.time.LocalDate;

/** One row of the daily rollup: jurisdiction × day × category × channel × status × closure kind ('' if open). */
record RollupKey(String jurisdictionPath, LocalDate day, String category, String channel, String status,
        String closureKind) implements Comparable<RollupKey> {

    @Override
    public int compareTo(RollupKey o) {
        return toString().compareTo(o.toString());
    }
}
