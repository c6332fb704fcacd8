package org.fengqiao.shared;

/** The caller's role or jurisdiction does not allow this action. */
public class Forbidden extends DomainException {

    public Forbidden(String messageKey, Object... args) {
        super(messageKey, null, args);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
