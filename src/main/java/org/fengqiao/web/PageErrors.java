package org.fengqiao.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Refusals on pages people use: the same rules as the API, shown as a friendly page in their language. */
@ControllerAdvice(annotations = Controller.class)
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

    @ExceptionHandler(OptimisticLockingFailureException.class)
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

    private static String show(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "web/problem";
    }
}
