package org.fengqiao.platform;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * An event publication still incomplete long after it was published means its listener failed (a deadlock, the
 * database gone for a moment) or the instance running it died. Restarting an instance republishes them, but in a
 * cluster that may not happen for weeks; so once every few minutes one instance (a db-scheduler task) resubmits
 * those older than {@code fengqiao.platform.resubmit-events-after} (30 minutes: longer than any backlog of the
 * listeners, so a publication still waiting in an executor's queue is not handed out twice).
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

    static final String TASK = "event-publication-resubmission";

    @Bean
    Task<Void> eventPublicationResubmissionTask(IncompleteEventPublications incomplete,
            @Value("${fengqiao.platform.resubmit-events-after:30m}") Duration after,
            @Value("${fengqiao.platform.resubmit-events-every:5m}") Duration every) {
        return Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> incomplete
                .resubmitIncompletePublications(options(after)));
    }

    /** Every incomplete publication at least this old, whatever its listener. */
    static ResubmissionOptions options(Duration after) {
        return ResubmissionOptions.defaults().withMinAge(after);
    }
}
