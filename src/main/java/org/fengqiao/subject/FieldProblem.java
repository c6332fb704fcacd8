package org.fengqiao.subject;

/** One input that breaks a rule: which field, and the message key (with arguments) that says why. */
public record FieldProblem(String field, String messageKey, Object... args) {

    public FieldProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
