package org.fengqiao.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart body that cannot be parsed (cut off, no closing boundary, too large) fails in the dispatcher before any
 * controller is chosen, so neither {@link ApiErrors} nor {@link PageErrors} (both bound to controllers) sees it and
 * it used to leave as a 500. Here it becomes a 400 (413 when too large): problem+json for machine clients, the
 * problem page for people.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnparsableRequests implements HandlerExceptionResolver {

    private final Problems problems;
    private final JsonMapper json;

    UnparsableRequests(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (handler != null || !(e instanceof MultipartException)) {
            return null;
        }
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        String key = tooLarge ? "error.tooLarge" : "error.upload";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            try {
                response.setStatus(status.value());
                response.setContentType("application/problem+json;charset=UTF-8");
                json.writeValue(response.getWriter(), Problems.members(problems.of(status, key, "file")));
                return new ModelAndView();
            } catch (IOException | JacksonException ignored) {
                return null;
            }
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("web/problem");
        page.addObject("status", status.value());
        page.addObject("message", problems.message(key));
        return page;
    }
}
