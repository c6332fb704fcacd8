package org.fengqiao.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.org.ApiTokens;
import org.fengqiao.org.People;

/**
 * Bearer tokens for the demo accounts: each API call with HTTP Basic costs a password hash, which on a busy
 * two-core machine makes a thousand-request matrix take minutes; a token is checked by a cheap digest.
 */
final class Tokens {

    private static final Map<String, String> issued = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String bearer(ApiTokens tokens, People people, String username) {
        return "Bearer " + issued.computeIfAbsent(username, u -> tokens.issue(
                people.findByUsername(u).orElseThrow().id(), "reliability harness"));
    }
}
