package org.fengqiao.community;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The community pages in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CommunityNavigation {

    static final String CONDUCT = "/community/conduct";

    @Bean
    NavLink communityHome() {
        return new NavLink("community.nav.home", "/community", Set.of("ADMIN", "DISPATCHER", "OFFICER", "AUDITOR"), 60);
    }

    @Bean
    NavLink conductNavigation() {
        return new NavLink("community.nav.conduct", CONDUCT, Set.of("ADMIN", "OFFICER", "HEAD", "AUDITOR"),
                61);
    }
}
