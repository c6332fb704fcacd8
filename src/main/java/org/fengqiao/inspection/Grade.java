package org.fengqiao.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise's risk grade: the computed one with its reasons, and an administrator's override if any.
 *
 * @param reasons lines of the explanation (message key, points, argument)
 */
record Grade(UUID enterpriseId, RiskGrade computed, int score, List<RiskScoring.Reason> reasons,
        RiskGrade override, String overrideReason, String overriddenBy, Instant computedAt, long version) {

    /** The grade in force: the override wins. */
    public RiskGrade effective() {
        return override != null ? override : computed;
    }
}
