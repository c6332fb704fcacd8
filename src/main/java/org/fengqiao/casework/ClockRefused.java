package org.fengqiao.casework;

import org.fengqiao.shared.DomainException;

/** A change to a case's clock that its state does not allow now (pausing twice, extending a closed case …): 409. */
public class ClockRefused extends DomainException {

    public ClockRefused(String messageKey, Object... args) {
        super(messageKey, null, args);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
