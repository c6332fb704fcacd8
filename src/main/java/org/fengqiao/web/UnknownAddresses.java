package org.fengqiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no controller at all (a mistyped address, a page opened with the wrong method): before this,
 * Boot's problem handler answered them with English JSON even in a browser. A browser now gets the problem page in
 * the person's language; machine clients (anything not asking for HTML) get the same localised problem+json as
 * the API's own refusals.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnknownAddresses {

    private final MessageSource messages;
    private final Problems problems;

    UnknownAddresses(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "error.noResource", new Object[0]);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "error.method", new Object[] {e.getMethod()});
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object[] args) {
        if (wantsPage(request)) {
            response.setStatus(status.value());
            ModelAndView page = new ModelAndView("web/problem");
            page.setStatus(status);
            page.addObject("status", status.value());
            page.addObject("message", messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
            return page;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(status, key, null, args));
    }

    /** A browser's navigation asks for HTML; the API, Open311 clients and scripts do not. */
    private static boolean wantsPage(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri.startsWith("/api/") || uri.startsWith("/open311/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
