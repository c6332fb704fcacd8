package org.fengqiao.casework;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The casework pages in the main navigation, each for the roles that use it. */
@Configuration(proxyBeanMethods = false)
class CaseworkNavigation {

    @Bean
    NavLink caseworkWorkbench() {
        return new NavLink("casework.nav.workbench", "/casework/workbench", Set.of("DISPATCHER", "ADMIN"), 20);
    }

    @Bean
    NavLink caseworkInbox() {
        return new NavLink("casework.nav.inbox", "/casework/inbox", Set.of("HANDLER", "HEAD"), 21);
    }

    @Bean
    NavLink caseworkCases() {
        return new NavLink("casework.nav.cases", "/casework/cases",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "OFFICER", "AUDITOR", "ENTERPRISE", "RESIDENT"), 22);
    }

    @Bean
    NavLink caseworkNewCase() {
        return new NavLink("casework.nav.newCase", "/casework/cases/new",
                Set.of("DISPATCHER", "OFFICER", "ENTERPRISE", "RESIDENT"), 23);
    }

    @Bean
    NavLink caseworkVisit() {
        return new NavLink("casework.nav.visit", "/casework/visits/new", Set.of("OFFICER"), 24);
    }

    @Bean
    NavLink caseworkOverdue() {
        return new NavLink("casework.nav.overdue", "/casework/overdue",
                Set.of("ADMIN", "DISPATCHER", "AUDITOR", "HEAD", "HANDLER"), 25);
    }

    @Bean
    NavLink caseworkTimeLimits() {
        return new NavLink("casework.nav.timeLimits", "/casework/time-limits", Set.of("ADMIN", "DISPATCHER"), 26);
    }

    @Bean
    NavLink caseworkLadders() {
        return new NavLink("casework.nav.ladders", "/casework/ladders", Set.of("ADMIN", "DISPATCHER"), 27);
    }
}
