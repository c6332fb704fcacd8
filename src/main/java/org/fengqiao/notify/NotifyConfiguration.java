package org.fengqiao.notify;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

    /** The db-scheduler task that sends one stored delivery, retried with exponential backoff until it gives up. */
    @Bean
    Task<String> notifyDeliveryTask(DeliveryAttempts attempts, NotifySettings settings) {
        return Tasks.oneTime(DeliveryAttempts.TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(settings.maxAttempts() - 1,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryFirst(), 2.0),
                        (complete, ops) -> attempts.giveUp((String) complete.getExecution().taskInstance.getData())))
                .execute((instance, context) -> attempts.attempt(instance.getData()));
    }

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway() {
        return new LoggingSmsGateway();
    }
}
