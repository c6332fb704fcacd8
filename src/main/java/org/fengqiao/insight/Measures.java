package org.fengqiao.insight;

/**
 * Additive counts of a rollup row. {@code replied} counts replies to cases that had a deadline (the
 * denominator of the on-time rate); {@code scoreSum} sums the reporters' 1–5 scores.
 */
record Measures(long cases, long verdicts, long satisfied, long scoreSum, long replied, long repliedOnTime) {

    static final Measures ZERO = new Measures(0, 0, 0, 0, 0, 0);

    Measures plus(Measures o) {
        return new Measures(cases + o.cases, verdicts + o.verdicts, satisfied + o.satisfied, scoreSum + o.scoreSum,
                replied + o.replied, repliedOnTime + o.repliedOnTime);
    }

    Measures negate() {
        return new Measures(-cases, -verdicts, -satisfied, -scoreSum, -replied, -repliedOnTime);
    }

    boolean isZero() {
        return equals(ZERO);
    }
}
