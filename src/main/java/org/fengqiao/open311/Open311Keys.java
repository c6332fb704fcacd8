package org.fengqiao.open311;

import java.util.Optional;

import org.fengqiao.org.Actor;
import org.fengqiao.org.ApiTokens;
import org.fengqiao.org.PersonPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Who an {@code api_key} stands for: a person's API token ({@code fq_…}) is that person; the demo key (demo mode
 * only) is the anonymous public; no key is the anonymous public for reading, and refused for writing.
 */
@Component
class Open311Keys {

    private final ApiTokens tokens;
    private final UserDetailsService accounts;
    private final ObjectProvider<DemoKey> demo;

    Open311Keys(ApiTokens tokens, UserDetailsService accounts, ObjectProvider<DemoKey> demo) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.demo = demo;
    }

    /** The actor for a write; refuses a missing or unknown key. */
    Actor writer(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Failure(HttpStatus.FORBIDDEN, "open311.error.keyMissing");
        }
        return resolve(apiKey.strip()).orElseThrow(() -> new Open311Failure(HttpStatus.FORBIDDEN,
                "open311.error.keyInvalid"));
    }

    /** The actor for a read: the public without a key; a given key must be valid. */
    Actor reader(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? Actor.anonymousResident() : writer(apiKey);
    }

    private Optional<Actor> resolve(String key) {
        DemoKey demoKey = demo.getIfAvailable();
        if (demoKey != null && demoKey.matches(key)) {
            return Optional.of(Actor.anonymousResident());
        }
        return tokens.usernameFor(key).map(accounts::loadUserByUsername)
                .filter(u -> u.isEnabled() && u.isAccountNonLocked() && u instanceof PersonPrincipal)
                .map(u -> ((PersonPrincipal) u).actor());
    }
}
