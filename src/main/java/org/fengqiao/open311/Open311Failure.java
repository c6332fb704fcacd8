package org.fengqiao.open311;

import org.springframework.http.HttpStatus;

/** A refusal in Open311's own terms: an HTTP status that is also the error {@code code}, and a message key. */
class Open311Failure extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    Open311Failure(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
