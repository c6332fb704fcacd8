package org.fengqiao.shared;

/** An input value breaks a rule of its type (a credit code's check character, a phone number's form). */
public class InvalidInput extends DomainException {

    public InvalidInput(String field, String messageKey, Object... args) {
        super(messageKey, field, args);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
