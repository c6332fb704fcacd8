package org.fengqiao.casework;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * case_history is partitioned by month (V3_80). Once a day, on one instance of the cluster, the partitions of this
 * month and the next {@link #MONTHS_AHEAD} are created if missing, so that new entries never pile up in the default
 * partition; entries that did (back-dated, or after a long downtime) move into their month's partition.
 */
@Configuration(proxyBeanMethods = false)
class HistoryPartitions {

    static final String TASK = "case-history-partitions";
    static final int MONTHS_AHEAD = 3;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Task<Void> caseHistoryPartitionsTask(JdbcClient jdbc) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) -> createAhead(jdbc, LocalDate.now(CHINA)));
    }

    /**
     * Creates the partitions of {@code today}'s month and the months ahead that do not exist yet, and of every month
     * with entries in the default partition (back-dated entries, such as imported or demo cases' history written
     * after the migration made the partitions), so that the default partition stays empty.
     */
    static void createAhead(JdbcClient jdbc, LocalDate today) {
        jdbc.sql("""
                SELECT DISTINCT date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date FROM case_history_default""")
                .query(LocalDate.class).list().forEach(month -> createMonth(jdbc, month));
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            createMonth(jdbc, today.plusMonths(i));
        }
    }

    /** The partition of the month of {@code day}, taking over that month's entries from the default partition. */
    static void createMonth(JdbcClient jdbc, LocalDate day) {
        jdbc.sql("SELECT case_history_month_partition(?)::text").param(Date.valueOf(day.withDayOfMonth(1)))
                .query(String.class).single();
    }
}
