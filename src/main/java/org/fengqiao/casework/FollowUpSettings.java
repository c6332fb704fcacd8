package org.fengqiao.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-ups (回访).
 *
 * @param unreachableAttempts how many attempts that reach nobody a follow-up gets, one per working day, before it
 *                            is recorded as unreachable (无法联系)
 */
@ConfigurationProperties("fengqiao.casework.follow-ups")
record FollowUpSettings(@DefaultValue("3") int unreachableAttempts) {

    FollowUpSettings {
        unreachableAttempts = Math.max(1, unreachableAttempts);
    }
}
