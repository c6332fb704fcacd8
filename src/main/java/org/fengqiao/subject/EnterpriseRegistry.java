package org.fengqiao.subject;

import java.util.Optional;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and edits enterprises. Only administrators and dispatchers keep the registry, and only inside their
 * own jurisdictions: an enterprise may neither be edited nor moved outside them.
 */
@Service
class EnterpriseRegistry {

    /** What an upsert did with one record. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final Enterprises enterprises;
    private final EnterpriseValidation validation;

    EnterpriseRegistry(Enterprises enterprises, EnterpriseValidation validation) {
        this.enterprises = enterprises;
        this.validation = validation;
    }

    static boolean mayKeep(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.DISPATCHER);
    }

    @Transactional
    Enterprise register(EnterpriseForm form, Actor actor) {
        requireKeeper(actor);
        EnterpriseDetails d = checkedInScope(form, actor);
        if (enterprises.findByCreditCode(d.creditCode()).isPresent()) {
            throw new InvalidEnterprise(java.util.List.of(
                    new FieldProblem("creditCode", "subject.error.creditCodeTaken", d.creditCode().value())));
        }
        return enterprises.insert(d);
    }

    @Transactional
    Enterprise edit(EnterpriseId id, long version, EnterpriseForm form, Actor actor) {
        requireKeeper(actor);
        Enterprise current = enterprises.visibleTo(actor, id);
        EnterpriseDetails d = checkedInScope(form, actor);
        Optional<Enterprise> holder = enterprises.findByCreditCode(d.creditCode());
        if (holder.isPresent() && !holder.get().id().equals(current.id())) {
            throw new InvalidEnterprise(java.util.List.of(
                    new FieldProblem("creditCode", "subject.error.creditCodeTaken", d.creditCode().value())));
        }
        return enterprises.update(id, version, d);
    }

    /** Creates or refreshes the enterprise with this credit code; one call is one transaction (one import row). */
    @Transactional
    Outcome upsert(EnterpriseForm form, Actor actor) {
        requireKeeper(actor);
        EnterpriseDetails d = checkedInScope(form, actor);
        Optional<Enterprise> existing = enterprises.findByCreditCode(d.creditCode());
        if (existing.isEmpty()) {
            enterprises.insert(d);
            return Outcome.CREATED;
        }
        Enterprise e = existing.get();
        if (!actor.covers(e.jurisdictionPath())) {
            throw new InvalidEnterprise(java.util.List.of(
                    new FieldProblem("creditCode", "subject.error.outsideScope", d.creditCode().value())));
        }
        if (e.details().equals(d)) {
            return Outcome.UNCHANGED;
        }
        enterprises.update(e.id(), e.version(), d);
        return Outcome.UPDATED;
    }

    private EnterpriseDetails checkedInScope(EnterpriseForm form, Actor actor) {
        EnterpriseDetails d = validation.check(form);
        if (!actor.covers(d.jurisdictionPath())) {
            throw new InvalidEnterprise(java.util.List.of(
                    new FieldProblem("jurisdiction", "subject.error.outsideScope", form.jurisdiction())));
        }
        return d;
    }

    private static void requireKeeper(Actor actor) {
        if (!mayKeep(actor)) {
            throw new Forbidden("subject.error.notKeeper");
        }
    }
}
