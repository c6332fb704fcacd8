package org.fengqiao.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the one shape of refusal that machine clients get (RFC 9457): a status, the {@code detail} in the caller's
 * locale, the message {@code code} as type and property and, where one input is to blame, its {@code field}.
 * Used by {@link ApiErrors} for refusals raised in controllers and by {@link UnparsableRequests} for those raised
 * before a controller is chosen.
 */
@Component
class Problems {

    private static final String TYPE_PREFIX = "urn:fengqiao:problem:";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail of(HttpStatus status, String key, String field, Object... args) {
        return of(LocaleContextHolder.getLocale(), status, key, field, args);
    }

    /** For writers that run before the locale of the request is bound (servlet filters). */
    ProblemDetail of(Locale locale, HttpStatus status, String key, String field, Object... args) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
        body.setType(URI.create(TYPE_PREFIX + key));
        body.setProperty("code", key);
        if (field != null) {
            body.setProperty("field", field);
        }
        return body;
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The members as they appear on the wire, for writers that have no message converter at hand. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
