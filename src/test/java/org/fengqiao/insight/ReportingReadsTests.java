package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reporting reads go to a configured replica while it is reachable and current, and back to the primary with a
 * reason when it is not. The embedded server stands in for the replica here (not in recovery, so never behind);
 * the reads are told apart by the replica pool's application name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingReadsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReportingReads configured;

    @Test
    void withoutAReplicaEveryReadGoesToThePrimaryWithoutANotice() {
        assertThat(configured.reads()).isSameAs(jdbc);
        assertThat(configured.degraded()).isEmpty();
    }

    @Test
    void readsGoToAReachableCurrentReplicaAndBackToThePrimaryWhenItIsDownEvenBetweenTwoChecks() throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        ReportingReads reads = new ReportingReads(jdbc, dataSource,
                new ReplicaSettings(url, user, "", Duration.ofSeconds(30), Duration.ofSeconds(10)));
        try {
            assertThat(reads.reads()).as("not used before its first check").isSameAs(jdbc);
            assertThat(reads.degraded()).hasValueSatisfying(d -> assertThat(d.messageKey()).endsWith("unchecked"));
            reads.check();
            assertThat(reads.degraded()).isEmpty();
            assertThat(reads.reads().sql("SELECT current_setting('application_name')").query(String.class).single())
                    .isEqualTo("fengqiao-reporting");
            JdbcClient chosen = reads.reads();
            reads.destroy();
            assertThat(chosen.sql("SELECT current_setting('application_name')").query(String.class).single())
                    .as("a read that finds the replica gone between two checks is answered by the primary")
                    .isNotEqualTo("fengqiao-reporting");
            assertThat(reads.degraded()).hasValueSatisfying(d -> assertThat(d.messageKey()).isEqualTo(
                    "insight.replica.down"));
            assertThat(reads.reads()).isSameAs(jdbc);
        } finally {
            reads.destroy();
        }
        ReportingReads down = new ReportingReads(jdbc, dataSource, new ReplicaSettings(
                "jdbc:postgresql://127.0.0.1:1/fengqiao", "nobody", "", Duration.ofSeconds(30),
                Duration.ofSeconds(10)));
        try {
            down.check();
            assertThat(down.degraded()).hasValueSatisfying(d -> assertThat(d.messageKey()).isEqualTo(
                    "insight.replica.down"));
            assertThat(down.reads()).isSameAs(jdbc);
            assertThat(down.reads().sql("SELECT current_setting('application_name')").query(String.class).single())
                    .isNotEqualTo("fengqiao-reporting");
        } finally {
            down.destroy();
        }
    }
}
