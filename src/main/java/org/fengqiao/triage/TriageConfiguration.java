package org.fengqiao.triage;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriageSettings.class)
class TriageConfiguration {

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
