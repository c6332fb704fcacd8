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
 * cases (V9_3, by month of their time-ordered id) and case_history (V3_80, by month of the entry's time) are
 * partitioned by month. Once a day, on one instance of the cluster, the partitions of this month and the next
 * {@link #MONTHS_AHEAD} are created if missing, so that new rows never pile up in the default partitions; rows that
 * did (back-dated history, cases taken in while their month had no partition) move into their month's partition.
 */
@Configuration(proxyBeanMethods = false)
class CasePartitions {

    static final String TASK = "case-partitions";
    static final int MONTHS_AHEAD = 3;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Task<Void> casePartitionsTask(JdbcClient jdbc) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) -> createAhead(jdbc, LocalDate.now(CHINA)));
    }

    /**
     * Creates the partitions of {@code today}'s month and the months ahead that do not exist yet, and of every month
     * with rows in a default partition (back-dated history such as imported or demo cases' steps; cases with
     * time-ordered ids of a month without partition), so that the default partitions keep only what has no month:
     * cases with the random ids given before V9_3.
     */
    static void createAhead(JdbcClient jdbc, LocalDate today) {
        jdbc.sql("""
                SELECT DISTINCT date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date FROM case_history_default""")
                .query(LocalDate.class).list().forEach(month -> createHistoryMonth(jdbc, month));
        // read through the id index: only ids from 2000 on can be time-ordered, legacy ids mostly lie above them
        jdbc.sql("""
                SELECT DISTINCT case_id_month(id) FROM cases_default
                WHERE id >= case_id_floor('2000-01-01') AND id < case_id_floor(now() + interval '100 years')
                  AND case_id_month(id) IS NOT NULL""")
                .query(LocalDate.class).list().forEach(month -> createCaseMonth(jdbc, month));
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            createHistoryMonth(jdbc, today.plusMonths(i));
            createCaseMonth(jdbc, today.plusMonths(i));
        }
    }

    /** The history partition of the month of {@code day}, taking over that month's entries from the default one. */
    static void createHistoryMonth(JdbcClient jdbc, LocalDate day) {
        jdbc.sql("SELECT case_history_month_partition(?)::text").param(Date.valueOf(day.withDayOfMonth(1)))
                .query(String.class).single();
    }

    /** The cases partition of the month of {@code day}, taking over that month's ids from the default one. */
    static void createCaseMonth(JdbcClient jdbc, LocalDate day) {
        jdbc.sql("SELECT cases_month_partition(?)::text").param(Date.valueOf(day.withDayOfMonth(1)))
                .query(String.class).single();
    }
}
