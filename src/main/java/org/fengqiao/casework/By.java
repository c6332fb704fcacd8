package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;

/** Who takes a step, in which role, through which channel, and when: the "who" of every history entry. */
record By(UUID personId, String name, Role role, Channel channel, Instant at) {

    static By actor(Actor actor, Channel channel, Instant at) {
        return new By(actor.personId(), actor.displayName(), actor.primaryRole(), channel, at);
    }
}
