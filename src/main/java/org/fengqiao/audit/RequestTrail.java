package org.fengqiao.audit;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The 操作日志 of the trail: every request that changed something (POST, PUT, PATCH, DELETE answered 2xx or 3xx)
 * and every download of an export (Excel, CSV, PDF, ZIP or any attachment) is recorded with who made it, the
 * module that answered, the route (e.g. {@code POST /api/v1/cases/{id}/assign}), its path variables, the answer's
 * status and the client's address. Domain events add what the request cannot say (timers, escalations); sign-ins
 * are recorded by {@link AuditListeners}. The entry is written after the change has committed, in its own short
 * transaction committed without waiting for the disk: a refused request writes nothing, and a crash in between
 * loses the entry (never the change).
 */
@Component
class RequestTrail extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestTrail.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> EXPORTS = Set.of("text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            "application/zip", "application/vnd.ms-excel");

    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    RequestTrail(AuditTrail trail, JdbcClient jdbc, TransactionTemplate tx) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status >= 400) {
            return;
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String action = CHANGES.contains(method) ? "http." + method.toLowerCase(Locale.ROOT)
                : "GET".equals(method) && isExport(response) ? "export" : null;
        if (action == null) {
            return;
        }
        try {
            String actor = actor();
            String detail = method + " " + route(request) + " → " + status + " · " + request.getRemoteAddr();
            tx.executeWithoutResult(s -> {
                // no wait for the disk while holding the trail's lock: only a crash of the database server itself
                // within a fraction of a second could lose this entry, and never one written after it
                jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
                trail.record(actor, action, module(request), variables(request), detail);
            });
        } catch (RuntimeException e) {
            log.error("Audit entry for {} {} not written", method, request.getRequestURI(), e);
        }
    }

    static boolean isExport(HttpServletResponse response) {
        String disposition = response.getHeader("Content-Disposition");
        if (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment")) {
            return true;
        }
        String type = response.getContentType();
        return type != null && EXPORTS.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? "anonymous" : auth.getName();
    }

    /** The module whose controller answered ({@code casework}, {@code org}, …), or {@code web}. */
    private static String module(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod m) {
            String name = m.getBeanType().getPackageName();
            String base = "org.fengqiao.";
            if (name.startsWith(base)) {
                String rest = name.substring(base.length());
                int dot = rest.indexOf('.');
                return dot < 0 ? rest : rest.substring(0, dot);
            }
        }
        return "web";
    }

    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? request.getRequestURI() : pattern.toString();
    }

    /** The route's variables ({@code id=…}), which name what was changed; empty when there are none. */
    private static String variables(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(vars instanceof Map<?, ?> map) || map.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(map).forEach((k, v) -> out.append(out.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return out.length() > 100 ? out.substring(0, 100) : out.toString();
    }
}
