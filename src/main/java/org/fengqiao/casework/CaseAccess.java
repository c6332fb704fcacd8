package org.fengqiao.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Who sees a case and who may do what to it. Dispatchers, admins, auditors and officers see the cases in their
 * jurisdictions; unit handlers and heads the cases their units lead or co-handle; everyone the cases they
 * reported or entered. Auditors only read.
 */
@Component
class CaseAccess {

    private static final Set<Action> DISPATCHING = EnumSet.of(Action.ACCEPT, Action.REJECT, Action.ASSIGN, Action.RULE,
            Action.CLOSE, Action.CANCEL, Action.REOPEN, Action.MERGE);

    private final ReturnPolicy returns;

    CaseAccess(ReturnPolicy returns) {
        this.returns = returns;
    }

    /** The part of the case table an actor may see, as plain values the list query binds. */
    record Scope(List<String> paths, Set<UUID> units, UUID person) {
    }

    Scope scopeOf(Actor actor) {
        List<String> paths = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR, Role.OFFICER)
                ? actor.jurisdictionPaths() : List.of();
        Set<UUID> units = actor.hasAny(Role.HANDLER, Role.HEAD) ? actor.unitIds() : Set.of();
        return new Scope(paths, units, actor.personId());
    }

    boolean maySee(Actor actor, Case c) {
        Scope scope = scopeOf(actor);
        return scope.paths().stream().anyMatch(p -> c.draft().jurisdictionPath().startsWith(p))
                || c.handledByAny(scope.units())
                || (scope.person() != null && (scope.person().equals(c.draft().reporter().personId())
                        || scope.person().equals(c.draft().enteredBy())));
    }

    /** What the actor's role and place allow on this case, whatever its state. */
    Set<Action> permitted(Actor actor, Case c) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        boolean dispatcher = actor.hasAny(Role.DISPATCHER, Role.ADMIN) && actor.covers(c.draft().jurisdictionPath());
        boolean unitStaff = actor.hasAny(Role.HANDLER, Role.HEAD);
        boolean lead = unitStaff && actor.memberOf(c.leadUnitId());
        boolean reporter = actor.personId() != null && actor.personId().equals(c.draft().reporter().personId());
        if (dispatcher) {
            out.addAll(DISPATCHING);
            out.add(Action.REPLY);
            out.add(Action.VERDICT);
        }
        if (lead) {
            out.addAll(EnumSet.of(Action.ACKNOWLEDGE, Action.RETURN, Action.PROGRESS, Action.RESOLVE, Action.REPLY));
        } else if (unitStaff && c.handledByAny(actor.unitIds())) {
            out.add(Action.PROGRESS);
        }
        if (reporter) {
            out.add(Action.VERDICT);
        }
        if (!actor.has(Role.AUDITOR) || actor.roles().size() > 1) {
            out.add(Action.ATTACH);
        }
        return out;
    }

    /** The actions to offer this actor now: permitted, allowed by the state machine and by the return rule. */
    List<Action> offered(Actor actor, Case c) {
        Set<Action> permitted = permitted(actor, c);
        return Lifecycle.allowedFrom(c.status()).stream().filter(permitted::contains)
                .filter(a -> a != Action.RETURN || returns.allows(c.returnCount(), c.ruled())).toList();
    }

    void require(Actor actor, Case c, Action action) {
        if (!permitted(actor, c).contains(action)) {
            throw new Forbidden("casework.error.notPermitted", action.path());
        }
    }

    /** Full phone numbers only for roles that must call back, and for the reporter themself. */
    boolean showsPhone(Actor actor, Case c) {
        return actor.maySeePersonalData()
                || (actor.personId() != null && actor.personId().equals(c.draft().reporter().personId()));
    }
}
