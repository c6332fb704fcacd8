package org.fengqiao.inspection;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionSettings.class)
class InspectionConfiguration {

    @Bean
    NavLink inspectionPlansLink() {
        return new NavLink("inspection.nav.plans", "/inspection/plans", Set.of("ADMIN", "DISPATCHER", "AUDITOR"), 40);
    }

    @Bean
    NavLink inspectionTasksLink() {
        return new NavLink("inspection.nav.tasks", "/inspection/tasks", Set.of("ADMIN", "HANDLER", "HEAD"), 41);
    }

    @Bean
    NavLink inspectionGradesLink() {
        return new NavLink("inspection.nav.grades", "/inspection/grades",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "AUDITOR"), 42);
    }
}
