package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** case_history is range-partitioned by month with a default partition, and months ahead are created by a job. */
@SpringBootTest
class CaseHistoryPartitionsTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    @Test
    void historyIsPartitionedByMonthAndTheJobCreatesTheComingMonthsAndEmptiesTheDefault() {
        assertThat(jdbc.sql("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'case_history'::regclass")
                .query(String.class).single()).isEqualTo("r");
        assertThat(isPartition("case_history_default")).isTrue();
        HistoryPartitions.createAhead(jdbc, LocalDate.now(CHINA));
        LocalDate month = LocalDate.now(CHINA).withDayOfMonth(1);
        for (int i = 0; i <= HistoryPartitions.MONTHS_AHEAD; i++) {
            assertThat(isPartition(name(month.plusMonths(i)))).as(name(month.plusMonths(i))).isTrue();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_history_default").query(Long.class).single())
                .as("back-dated demo history moved into monthly partitions").isZero();
    }

    @Test
    void anEntryInAMonthWithoutPartitionWaitsInTheDefaultAndMovesWhenItsMonthIsCreated() {
        UUID caseId = jdbc.sql("SELECT id FROM cases ORDER BY created_at LIMIT 1").query(UUID.class).single();
        ZonedDateTime far = LocalDate.now(CHINA).withDayOfMonth(1).plusYears(5).atStartOfDay(CHINA).plusDays(9);
        String month = name(far.toLocalDate());
        jdbc.sql("""
                INSERT INTO case_history (case_id, seq, at, actor_name, role, channel, action, to_status)
                VALUES (?, 100000, ?, 'partition test', 'ADMIN', 'WEB', 'PROGRESS', 'IN_PROGRESS')""")
                .params(caseId, java.sql.Timestamp.from(far.toInstant())).update();
        try {
            assertThat(partitionOfTestEntry(caseId)).isEqualTo("case_history_default");
            HistoryPartitions.createMonth(jdbc, far.toLocalDate());
            HistoryPartitions.createMonth(jdbc, far.toLocalDate());
            assertThat(partitionOfTestEntry(caseId)).as("moved into its month, created once").isEqualTo(month);
            assertThat(isPartition(month)).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE case_id = ? AND seq = 100000")
                    .param(caseId).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM case_history WHERE case_id = ? AND seq = 100000").param(caseId).update();
            jdbc.sql("DROP TABLE IF EXISTS " + month).update();
        }
    }

    /** The partition holding the test entry. */
    private String partitionOfTestEntry(UUID caseId) {
        return jdbc.sql("SELECT tableoid::regclass::text FROM case_history WHERE case_id = ? AND seq = 100000")
                .param(caseId).query(String.class).single();
    }

    private boolean isPartition(String name) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'case_history'::regclass AND c.relname = ?""").param(name)
                .query(Long.class).single() == 1;
    }

    private static String name(LocalDate month) {
        return "case_history_" + month.toString().substring(0, 7).replace('-', '_');
    }
}
