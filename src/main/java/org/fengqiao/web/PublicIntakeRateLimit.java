package org.fengqiao.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous intake is open to anyone, so each client address gets a token bucket for its posts; beyond it
 * the answer is 429 with Retry-After, in the caller's language. Reading pages is never limited.
 */
@Component
class PublicIntakeRateLimit extends OncePerRequestFilter {

    private final PublicIntakeSettings settings;
    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final Map<String, Bucket> buckets;

    PublicIntakeRateLimit(PublicIntakeSettings settings, Problems problems, JsonMapper json, LocaleResolver locales) {
        this.settings = settings;
        this.problems = problems;
        this.json = json;
        this.locales = locales;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.maxClients();
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || settings.pathPrefixes().stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var probe = bucketOf(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000_000L);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Problems.members(problems.of(locales.resolveLocale(request),
                HttpStatus.TOO_MANY_REQUESTS, "error.rateLimited", null, seconds)));
    }

    private Bucket bucketOf(String address) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(settings.requests())
                            .refillGreedy(settings.requests(), settings.period()).build())
                    .build());
        }
    }
}
