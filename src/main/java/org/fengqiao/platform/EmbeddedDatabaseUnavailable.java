package org.fengqiao.platform;

/** The embedded PostgreSQL could not be started; the message says what the operator can do. */
class EmbeddedDatabaseUnavailable extends RuntimeException {

    private final String action;

    EmbeddedDatabaseUnavailable(String reason, String action, Throwable cause) {
        super(reason, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
