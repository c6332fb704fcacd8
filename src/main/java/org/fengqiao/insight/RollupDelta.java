package org.fengqiao.insight;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the rollup changes when a case moves from one state to another: take the old fact out of its row, put the
 * new one into its row. Applying the deltas of every change in any order leaves the rollup equal to a direct
 * count of the final facts (see RollupProperties).
 */
final class RollupDelta {

    private RollupDelta() {
    }

    /** Changes per row, in key order so that concurrent writers lock rows in the same order. */
    static Map<RollupKey, Measures> between(CaseFact before, CaseFact after) {
        Map<RollupKey, Measures> out = new TreeMap<>();
        if (before != null) {
            out.merge(before.key(), before.measures().negate(), Measures::plus);
        }
        if (after != null) {
            out.merge(after.key(), after.measures(), Measures::plus);
        }
        out.values().removeIf(Measures::isZero);
        return out;
    }
}
