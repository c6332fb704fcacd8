package org.fengqiao.insight;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReplicaSettings.class, ReportSettings.class})
class InsightConfiguration {

    /** One execution per requested report. */
    @Bean
    Task<String> insightReportTask(ReportRunner runner) {
        return Tasks.oneTime(BackgroundReports.TASK)
                .execute((instance, context) -> runner.run(UUID.fromString(instance.getData())));
    }

    /**
     * Hourly, on one instance of the cluster: last month's missing reports are queued (so on the 1st shortly after
     * midnight, or as soon as the system is back up). Looked up when it runs: queueing needs the scheduler client,
     * which needs this task.
     */
    @Bean
    RecurringTask<Void> insightMonthlyReportsTask(ObjectProvider<MonthlyReports> monthly) {
        return Tasks.recurring("insight-monthly-reports", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> monthly.getObject().queue(LocalDate.now(CaseFact.ZONE)));
    }
}
