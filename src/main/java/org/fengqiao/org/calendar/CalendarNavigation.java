package org.fengqiao.org.calendar;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavLink calendarNavLink() {
        return new NavLink("calendar.nav", "/calendar", Set.of("ADMIN", "DISPATCHER", "HEAD", "AUDITOR"), 80);
    }
}
