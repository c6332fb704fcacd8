package org.fengqiao.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous intake is open to anyone, so each client address gets a token bucket for its posts; beyond it
 * the answer is 429 with Retry-After, in the caller's language. Reading pages is never limited. The buckets live in
 * PostgreSQL (Bucket4j's select-for-update store, table public_intake_bucket), so that all instances behind a load
 * balancer share one limit per address; {@code fengqiao.public-intake.store=memory} keeps them per instance.
 */
@Component
class PublicIntakeRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicIntakeRateLimit.class);

    private final PublicIntakeSettings settings;
    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final Function<String, Bucket> buckets;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;

    @Autowired
    PublicIntakeRateLimit(PublicIntakeSettings settings, Problems problems, JsonMapper json, LocaleResolver locales,
            ObjectProvider<DataSource> dataSource) {
        this(settings, problems, json, locales, settings.store() == PublicIntakeSettings.Store.DATABASE
                ? dataSource.getIfAvailable() : null);
    }

    private PublicIntakeRateLimit(PublicIntakeSettings settings, Problems problems, JsonMapper json,
            LocaleResolver locales, DataSource dataSource) {
        this.settings = settings;
        this.problems = problems;
        this.json = json;
        this.locales = locales;
        this.store = dataSource == null ? null : database(dataSource);
        this.buckets = store == null ? inMemory(settings) : shared(settings, store);
    }

    /** With buckets in memory (this instance only). */
    static PublicIntakeRateLimit inMemory(PublicIntakeSettings settings, Problems problems, JsonMapper json,
            LocaleResolver locales) {
        return new PublicIntakeRateLimit(settings, problems, json, locales, (DataSource) null);
    }

    /** With buckets in the given database, as every instance on it shares them. */
    static PublicIntakeRateLimit inDatabase(PublicIntakeSettings settings, Problems problems, JsonMapper json,
            LocaleResolver locales, DataSource dataSource) {
        return new PublicIntakeRateLimit(settings, problems, json, locales, dataSource);
    }

    /** Deletes stored buckets that have refilled completely (nothing to remember); the number deleted. */
    int removeExpired() {
        int removed = 0;
        if (store != null) {
            for (int batch = store.removeExpired(1000); batch > 0; batch = store.removeExpired(1000)) {
                removed += batch;
            }
        }
        return removed;
    }

    /** The buckets of every instance, in the database; a bucket row expires once it would be full again. */
    static PostgreSQLSelectForUpdateBasedProxyManager<String> database(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("public_intake_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        java.time.Duration.ofMinutes(1)))
                .build();
    }

    /**
     * Buckets from the shared store, keyed by address and limit (instances or tests configured with another limit
     * get their own buckets instead of inheriting a stored configuration).
     */
    static Function<String, Bucket> shared(PublicIntakeSettings settings,
            PostgreSQLSelectForUpdateBasedProxyManager<String> store) {
        String limit = "|" + settings.requests() + "/" + settings.period().toSeconds();
        return address -> store.builder().build(address + limit, () -> configuration(settings));
    }

    /** Buckets of this instance only, the least recently used forgotten beyond {@code maxClients}. */
    static Function<String, Bucket> inMemory(PublicIntakeSettings settings) {
        Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.maxClients();
            }
        };
        return address -> {
            synchronized (buckets) {
                return buckets.computeIfAbsent(address,
                        a -> Bucket.builder().addLimit(configuration(settings).getBandwidths()[0]).build());
            }
        };
    }

    private static BucketConfiguration configuration(PublicIntakeSettings settings) {
        return BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(settings.requests())
                .refillGreedy(settings.requests(), settings.period()).build()).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || settings.pathPrefixes().stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        io.github.bucket4j.ConsumptionProbe probe;
        try {
            probe = buckets.apply(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            // the store is unreachable: the intake behind this filter answers for itself, so let the post through
            log.warn("Public intake rate limit not checked: {}", e.toString());
            chain.doFilter(request, response);
            return;
        }
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

}
