package org.fengqiao.casework;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline alarms.
 *
 * @param catchUp thresholds that passed longer ago than this when a clock is first planned get no alarm (a case
 *                imported or back-dated would otherwise flood the inboxes with stale alarms); a timer planned in time
 *                that fires later than this (after an outage) is still sent, marked late
 * @param batch   how many due alarms one transaction fires when a deadline timer finds others due beside it
 */
@ConfigurationProperties("fengqiao.casework.timers")
record DeadlineTimerSettings(@DefaultValue("1d") Duration catchUp, @DefaultValue("100") int batch) {
}
