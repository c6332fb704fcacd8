package org.fengqiao.insight;

import java.util.Comparator;
import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Whose unit figures a person may read: the heads and handlers of a unit read their own unit's; dispatchers and
 * administrators read every unit whose jurisdiction lies inside theirs. Nobody else reads unit figures.
 */
@Component
class UnitScope {

    private final Units units;

    UnitScope(Units units) {
        this.units = units;
    }

    /** The unit with this code, if the actor may read its figures; unknown codes are a 422 naming {@code u}. */
    Unit of(Actor actor, String code) {
        Unit unit = units.findByCode(code.strip())
                .orElseThrow(() -> new InvalidInput("u", "insight.error.unit", code.strip()));
        if (!may(actor, unit)) {
            throw new Forbidden("insight.error.unitOutside", unit.name());
        }
        return unit;
    }

    /** As {@link #of}, or null without a code. */
    Unit ofOptional(Actor actor, String code) {
        return code == null || code.isBlank() ? null : of(actor, code);
    }

    boolean may(Actor actor, Unit unit) {
        return actor.memberOf(unit.id()) && actor.hasAny(Role.HEAD, Role.HANDLER)
                || actor.hasAny(Role.ADMIN, Role.DISPATCHER) && actor.covers(unit.jurisdictionPath());
    }

    /** The units the actor may read, by code. */
    List<Unit> visibleTo(Actor actor) {
        return units.active().stream().filter(u -> may(actor, u)).sorted(Comparator.comparing(Unit::code)).toList();
    }
}
