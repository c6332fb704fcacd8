package org.fengqiao.casework;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Casework rules that vary by place.
 *
 * @param maxReturns   how often a case may be returned by units before the dispatcher must rule (default 2)
 * @param verdictWait  how long the reporter has to give a verdict after the reply
 * @param dueSoon      how close to its due time a case shows as "overdue soon"
 */
@ConfigurationProperties("fengqiao.casework")
record CaseworkSettings(@DefaultValue("2") int maxReturns, @DefaultValue("7d") Duration verdictWait,
        @DefaultValue("1d") Duration dueSoon) {
}
