package org.fengqiao.shared;

/** Someone else changed the record since the caller read it (optimistic locking). */
public class StaleVersion extends DomainException {

    public StaleVersion(Object id, long expected, long actual) {
        super("error.staleVersion", "version", id, expected, actual);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
