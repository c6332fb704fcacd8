package org.fengqiao.triage;

import java.util.Set;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.fengqiao.shared.NavLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriageSettings.class)
class TriageConfiguration {

    /** Retraining in the background; one execution per request, re-run elsewhere if its instance dies. */
    @Bean
    Task<String> triageRetrainTask(RetrainRunner runner) {
        return Tasks.oneTime(BackgroundRetraining.TASK).execute((instance, context) -> runner.run(instance.getData()));
    }

    @Bean
    NavLink triageRoutesLink() {
        return new NavLink("triage.routes.nav", "/triage/routes", Set.of("ADMIN", "DISPATCHER"), 60);
    }

    @Bean
    NavLink triageQueueLink() {
        return new NavLink("triage.queue.nav", "/triage/queue", Set.of("ADMIN", "DISPATCHER"), 59);
    }

    @Bean
    NavLink triageChecklistsLink() {
        return new NavLink("triage.checklists.nav", "/triage/checklists", Set.of("ADMIN", "DISPATCHER", "AUDITOR"), 62);
    }

    @Bean
    NavLink triageModelsLink() {
        return new NavLink("triage.models.nav", "/triage/models", Set.of("ADMIN"), 61);
    }
}
