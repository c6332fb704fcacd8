package org.fengqiao.shared;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("error.notFound", "id", what, id);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
