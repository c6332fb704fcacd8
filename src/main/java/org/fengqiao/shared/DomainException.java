package org.fengqiao.shared;

/**
 * A business rule refused a request. Mapped once, centrally, to problem+json: the message key is resolved
 * in the caller's language, {@link #field()} names the offending input where there is one.
 */
public abstract class DomainException extends RuntimeException {

    /** How the refusal is reported to a client. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    protected DomainException(String messageKey, String field, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public abstract Kind kind();

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public String field() {
        return field;
    }
}
