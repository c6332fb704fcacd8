package org.fengqiao.casework;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseworkTimerConfiguration {

    /**
     * The db-scheduler task behind every deadline alarm; its instance id names the case, clock and threshold. After
     * firing its own alarm it sweeps the other due ones in batches: many alarms due at once (a Monday morning, the
     * end of an outage) cost one transaction per batch instead of several per alarm.
     */
    @Bean
    Task<String> caseworkDeadlineTask(DeadlineAlarms alarms, DeadlineSweep sweep) {
        // a firing that lost a lock to a person acting on the case tries again soon, not after db-scheduler's 5 minutes
        return Tasks.oneTime(DeadlineTimers.TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(java.time.Duration.ofSeconds(30)))
                .execute((instance, context) -> {
                    Instant now = Instant.now();
                    alarms.fire(instance.getId(), now);
                    sweep.sweep(now);
                });
    }

    /** The db-scheduler task that blows a ladder's whistle when a stage's time runs out; id {@code case/rung}. */
    @Bean
    Task<String> caseworkWhistleTask(Whistles whistles) {
        // a whistle that lost the case's version to a person acting at the same moment blows again soon
        return Tasks.oneTime(Whistles.TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(java.time.Duration.ofSeconds(30)))
                .execute((instance, context) -> {
                    String[] parts = instance.getId().split("/");
                    whistles.byTimer(java.util.UUID.fromString(parts[0]), Integer.parseInt(parts[1]), Instant.now());
                });
    }
}
