package org.fengqiao.org;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor behind the current request: a signed-in person, or an anonymous resident. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PersonPrincipal p) {
            return p.actor();
        }
        return Actor.anonymousResident();
    }
}
