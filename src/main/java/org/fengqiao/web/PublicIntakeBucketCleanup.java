package org.fengqiao.web;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stored rate-limit buckets that have refilled are deleted by one db-scheduler task for the whole cluster. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fengqiao.public-intake.store", havingValue = "DATABASE", matchIfMissing = true)
class PublicIntakeBucketCleanup {

    static final String TASK = "public-intake-bucket-cleanup";

    @Bean
    Task<Void> publicIntakeBucketCleanupTask(PublicIntakeRateLimit limit) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofMinutes(10)))
                .execute((instance, context) -> limit.removeExpired());
    }
}
