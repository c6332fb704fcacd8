package org.fengqiao.org.roster;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RosterNavigation {

    @Bean
    NavLink dutyNavLink() {
        return new NavLink("roster.nav", "/duty", Set.of("ADMIN", "DISPATCHER", "HEAD", "HANDLER", "OFFICER"), 81);
    }
}
