package org.fengqiao.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.fengqiao.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * GeoReport v2 errors: a list of {code, description} in the requested format, the code being the HTTP status.
 * Casework's refusals name Fengqiao's fields; the description names the Open311 parameter instead.
 */
@RestControllerAdvice(assignableTypes = Open311Api.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Map<String, String> PARAMETERS = Map.of("reporter.name", "first_name", "reporter.phone",
            "phone", "title", "description", "lat", "lat", "lon", "long", "address", "address_string", "jurisdiction",
            "attribute[jurisdiction]", "enterpriseName", "attribute[enterprise_name]", "description", "description");

    private final MessageSource messages;

    Open311Errors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<String> failure(Open311Failure e, HttpServletRequest request) {
        return error(request, e.status(), messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String text = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
        String field = e.field() == null ? null : PARAMETERS.getOrDefault(e.field(), e.field());
        return error(request, status, field == null ? text : field + ": " + text);
    }

    private static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
        Open311Format format = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.value());
        error.put("description", description);
        return ResponseEntity.status(status).contentType(format.mediaType())
                .body(format.render("errors", List.of(error)));
    }
}
