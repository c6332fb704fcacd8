package org.fengqiao.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled reports: {@code unit-reports} (default true) also makes each unit's own monthly report and delivers it
 * to that unit's heads, beside the report of the unit's jurisdiction.
 */
@ConfigurationProperties("fengqiao.insight.reports")
record ReportSettings(@DefaultValue("true") boolean unitReports) {
}
