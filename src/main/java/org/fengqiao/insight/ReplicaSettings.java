package org.fengqiao.insight;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fengqiao.insight.replica.*}: a streaming read replica for dashboards, drill-downs and reports. Without a
 * URL every read goes to the primary.
 *
 * @param url        JDBC URL of the replica, e.g. {@code jdbc:postgresql://replica:5432/fengqiao}; empty for none
 * @param maxLag     how far the replica may be behind before reads go back to the primary
 * @param checkEvery how often reachability and lag are checked ({@code fengqiao.insight.replica.check-every}, an
 *                   ISO-8601 duration such as {@code PT10S}; read by {@link ReportingReads#check()})
 */
@ConfigurationProperties("fengqiao.insight.replica")
record ReplicaSettings(@DefaultValue("") String url, @DefaultValue("") String username,
        @DefaultValue("") String password, @DefaultValue("30s") Duration maxLag,
        @DefaultValue("PT10S") Duration checkEvery) {

    boolean configured() {
        return url != null && !url.isBlank();
    }
}
