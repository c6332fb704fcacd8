package org.fengqiao.casework;

import org.fengqiao.shared.DomainException;

/**
 * A whistle or an arrival the case does not allow now: too early (409), on a case that is closed (422), or at the
 * top of the ladder (409). Nothing is changed.
 */
public class EscalationRefused extends DomainException {

    private final Kind kind;

    EscalationRefused(Kind kind, String messageKey, Object... args) {
        super(messageKey, null, args);
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
