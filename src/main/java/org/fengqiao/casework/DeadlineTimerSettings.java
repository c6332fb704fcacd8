package org.fengqiao.casework;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline alarms.
 *
 * @param catchUp thresholds that passed longer ago than this when a clock is planned get no alarm (a case imported
 *                or a clock recomputed long after the fact would otherwise flood the inboxes with stale alarms)
 */
@ConfigurationProperties("fengqiao.casework.timers")
record DeadlineTimerSettings(@DefaultValue("1d") Duration catchUp) {
}
