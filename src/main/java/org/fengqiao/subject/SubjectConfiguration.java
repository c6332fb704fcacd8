package org.fengqiao.subject;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class SubjectConfiguration {

    @Bean
    NavLink enterprisesLink() {
        return new NavLink("subject.nav.enterprises", "/enterprises",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "OFFICER", "AUDITOR", "ENTERPRISE"), 20);
    }

    @Bean
    NavLink enterpriseImportLink() {
        return new NavLink("subject.nav.import", "/enterprises/import", Set.of("ADMIN", "DISPATCHER"), 21);
    }
}
