package org.fengqiao.casework;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseworkTimerConfiguration {

    /** The db-scheduler task behind every deadline alarm; its instance id names the case, clock and threshold. */
    @Bean
    Task<String> caseworkDeadlineTask(DeadlineAlarms alarms) {
        return Tasks.oneTime(DeadlineTimers.TASK).execute((instance, context) -> alarms.fire(instance.getId(),
                Instant.now()));
    }

    /** The db-scheduler task that blows a ladder's whistle when a stage's time runs out; id {@code case/rung}. */
    @Bean
    Task<String> caseworkWhistleTask(Whistles whistles) {
        return Tasks.oneTime(Whistles.TASK).execute((instance, context) -> {
            String[] parts = instance.getId().split("/");
            whistles.byTimer(java.util.UUID.fromString(parts[0]), Integer.parseInt(parts[1]), Instant.now());
        });
    }
}
