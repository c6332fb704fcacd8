package org.fengqiao.insight;

import java.util.Comparator;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Which jurisdiction a viewer may look at: their own or one inside it, and only for the roles that read figures.
 * Without a choice, the widest jurisdiction they hold.
 */
@Component
class Scope {

    private final Jurisdictions jurisdictions;

    Scope(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    Jurisdiction of(Actor actor, String code) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD, Role.OFFICER, Role.AUDITOR)) {
            throw new Forbidden("insight.error.notPermitted");
        }
        if (code == null || code.isBlank()) {
            return jurisdictions.visibleTo(actor).stream().min(Comparator.comparingInt(j -> j.path().length()))
                    .orElseThrow(() -> new Forbidden("insight.error.notPermitted"));
        }
        Jurisdiction j = jurisdictions.findByCode(code.strip())
                .orElseThrow(() -> new InvalidInput("j", "insight.error.jurisdiction", code));
        if (!actor.covers(j.path())) {
            throw new Forbidden("insight.error.outside", j.name());
        }
        return j;
    }
}
