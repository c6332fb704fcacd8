package org.fengqiao.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.shared.DomainException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Refusals on pages people use: the same rules as the API, shown as a friendly page in their language. */
@ControllerAdvice(annotations = Controller.class)
// after ApiErrors, ahead of Boot's problem-details handler, which would answer a page with English JSON (or a 500)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return show(status, messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()),
                model, response);
    }

    /** A stale version, or a lock lost to a concurrent change (deadlock victim, lock timeout): retry. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    String stale(Model model, HttpServletResponse response) {
        return show(HttpStatus.CONFLICT, messages.getMessage("error.concurrent", null, LocaleContextHolder.getLocale()),
                model, response);
    }

    /** A form posted to an upload page without being a (complete) multipart upload: the client's mistake, not ours. */
    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    String badUpload(Exception e, Model model, HttpServletResponse response) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        return show(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                messages.getMessage(tooLarge ? "error.tooLarge" : "error.upload", null, LocaleContextHolder.getLocale()),
                model, response);
    }

    /**
     * A link or form whose parameters are missing, of the wrong type, or sent as files: the client's mistake, named
     * in the person's language instead of Boot's English problem (or a 500 for a file where text was expected).
     */
    @ExceptionHandler({ServletRequestBindingException.class, TypeMismatchException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        String key = e instanceof MissingServletRequestParameterException ? "error.missing" : "error.parameter";
        String name = "";
        if (e instanceof MissingServletRequestParameterException m) {
            name = m.getParameterName();
        } else if (e instanceof MethodArgumentTypeMismatchException m) {
            name = m.getName();
        } else if (e instanceof MethodArgumentConversionNotSupportedException m) {
            name = m.getName();
        }
        return show(HttpStatus.BAD_REQUEST, messages.getMessage(key, new Object[] {name}, LocaleContextHolder.getLocale()),
                model, response);
    }

    private static String show(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "web/problem";
    }
}
