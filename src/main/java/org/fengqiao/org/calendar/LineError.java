package org.fengqiao.org.calendar;

/** A line of a notice that cannot be used: its number, its text, why (a message key) and one detail. */
public record LineError(int line, String text, String messageKey, int detail) {

    public Object[] args() {
        return new Object[] {line, text, detail};
    }
}
