package org.fengqiao.casework;

import org.fengqiao.shared.DomainException;

/** A casework rule refuses the action although the state allows it (returns exhausted, assignment ruled). */
public class CaseRuleBroken extends DomainException {

    public CaseRuleBroken(String messageKey, String field, Object... args) {
        super(messageKey, field, args);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
