package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.reliability.Endpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile requests against every mapped endpoint, signed in as the administrator (who reaches the most code):
 * never a 5xx, never a stack trace or SQL in the answer, and a request that is refused changes nothing stored.
 * The public-intake rate limit is lifted here so that the fuzzer reaches the intake forms (it is tested
 * elsewhere) and does not use up the shared limit of other tests.
 * <p>
 * The endpoints are visited in rounds (one hostile request to each, in a seeded random order) until
 * {@code reliability.fuzzPerEndpoint} rounds are done or {@code reliability.fuzzSeconds} have passed; CI keeps the
 * default of about a minute, bench/reliability runs the long mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fengqiao.public-intake.requests=1000000")
class FuzzTests {

    private static final int PER_ENDPOINT = Integer.getInteger("reliability.fuzzPerEndpoint", 6);
    private static final int SECONDS = Integer.getInteger("reliability.fuzzSeconds", 60);
    /**
     * Work that is long by design (retraining a model) or ends the session, fuzzed only by the anonymous matrix;
     * and Boot's /error, which renders a failure forwarded to it and answers 500 when called directly.
     */
    private static final Set<String> SKIPPED = Set.of("/triage/models/retrain", "/logout", "/login", "/error");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat [a-z]|Caused by|PSQL|SQLState|SQL state|syntax error at|org\\.springframework\\.|"
                    + "org\\.postgresql|java\\.lang\\.|ERROR: |jdbc:");
    /** The fuzzer's own template-injection probe echoed back as text is not a leak (its evaluation would be). */
    private static final Pattern OWN_PROBE = Pattern.compile("T(\\(|%28)java\\.lang\\.Runtime");
    /** Tables that change by design on any authenticated request (sign-in audit, timers, the event registry). */
    private static final Set<String> VOLATILE = Set.of("audit_entry", "event_publication", "event_publication_archive",
            "scheduled_tasks", "flyway_schema_history", "api_token", "spring_session", "spring_session_attributes",
            // written by background work that may run during the fuzzing: deadline alarms and their clock-log lines,
            // notices being delivered, dashboard rollups fed by events of earlier tests, reports being generated
            // (also the monthly ones) and the rollup catch-up's watermark
            "deadline_alarm", "case_clock_log", "notify_message", "notify_delivery", "insight_case", "insight_daily",
            "insight_tally", "insight_unit_tally", "insight_report", "insight_watermark", "inspection_report",
            // the public intake rate limit counts every anonymous post, refused or not
            "public_intake_bucket");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fengqiao.org.ApiTokens apiTokens;
    @Autowired
    org.fengqiao.org.People people;

    @Test
    void noHostileRequestGetsAServerErrorOrLeaksInternalsOrChangesDataWhenRefused() throws Exception {
        // A fixed seed in the suite, so that a red build is reproducible and not a draw; bench/reliability explores
        // fresh seeds (-Dreliability.seed=random) and any seed it reports can be replayed here.
        String seedProperty = System.getProperty("reliability.seed", "20261125");
        long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        Random random = new Random(seed);
        String base = "http://localhost:" + port;
        Browser admin = Browser.signedIn(base, "admin");
        String csrf = csrf(admin.get("/home").body());
        String caseId = jdbc.sql("SELECT id::text FROM cases ORDER BY number LIMIT 1").query(String.class).single();
        String unitId = jdbc.sql("SELECT id::text FROM unit WHERE code = 'U03'").query(String.class).single();
        Malformed malformed = new Malformed(random, base);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int refused = 0;
        java.util.Map<String, String> before = checksum();
        List<Endpoint> endpoints = new ArrayList<>(Endpoints.of(mapping).all().stream()
                .filter(e -> !SKIPPED.contains(e.pattern()) && !e.pattern().endsWith("/activate")).toList());
        java.util.Collections.shuffle(endpoints, random);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(SECONDS);
        int rounds = 0;
        for (; rounds < PER_ENDPOINT && System.nanoTime() < until; rounds++) {
            for (Endpoint e : endpoints) {
                Malformed.Built built = malformed.build(e, caseId, unitId, csrf);
                if (!e.method().equals("GET")) {
                    // compared right before the request: a GET may write by design (a signing key made on first use)
                    awaitBackgroundWork();
                    before = checksum();
                }
                if (e.api()) {
                    built.request().header("Authorization", Tokens.bearer(apiTokens, people, "admin"));
                }
                HttpResponse<String> r = admin.send(built.request());
                tried++;
                String body = r.body() == null ? "" : r.body();
                if (r.statusCode() >= 500) {
                    failures.add(r.statusCode() + " for " + built.description());
                }
                Matcher leak = LEAK.matcher(OWN_PROBE.matcher(body).replaceAll(""));
                if (leak.find()) {
                    failures.add("'" + leak.group() + "' in the answer to " + built.description());
                }
                if (!e.method().equals("GET")) {
                    awaitBackgroundWork();
                    java.util.Map<String, String> after = checksum();
                    if (r.statusCode() >= 400) {
                        refused++;
                        if (!after.equals(before)) {
                            failures.add("refused with " + r.statusCode() + " but data changed in " + changed(before, after)
                                    + ": " + built.description());
                        }
                    }
                }
            }
        }
        System.out.printf("fuzzing: seed=%d endpoints=%d rounds=%d requests=%d refused_writes=%d "
                + "server_errors_or_leaks=%d%n", seed, endpoints.size(), rounds, tried, refused, failures.size());
        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(tried).isGreaterThan(100);
    }

    /** One digest of every table's rows, order-independent. */
    /**
     * Work an earlier, accepted request left to the background (an enterprise import, the asynchronous listeners of
     * the events it published, such as triage of a filed case) must finish first (10 s at most), so that its writes
     * are not taken for a change made by the next, refused request. Imports and publications older than a minute are
     * left out: one left running by an earlier test (a progress-page test stages a half-done import) or a listener
     * that keeps failing would otherwise hold every request up for the full wait.
     */
    private void awaitBackgroundWork() throws InterruptedException {
        for (int i = 0; i < 100 && jdbc.sql("""
                SELECT (SELECT count(*) FROM enterprise_import WHERE status = 'RUNNING'
                        AND created_at > now() - interval '1 minute')
                     + (SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                        AND publication_date > now() - interval '1 minute')""").query(Long.class).single() > 0; i++) {
            Thread.sleep(100);
        }
    }

    /** One digest per table (volatile tables left out), so that a change names the tables it touched. */
    private java.util.Map<String, String> checksum() {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                AND table_type = 'BASE TABLE' ORDER BY table_name""").query(String.class).list();
        StringBuilder sql = new StringBuilder("SELECT '' AS t, '' AS d");
        for (String t : tables) {
            if (!VOLATILE.contains(t)) {
                sql.append(" UNION ALL SELECT '").append(t).append("', md5(coalesce((SELECT string_agg(md5(x::text), ''")
                        .append(" ORDER BY md5(x::text)) FROM ").append(t).append(" x), ''))");
            }
        }
        java.util.Map<String, String> digests = new java.util.TreeMap<>();
        jdbc.sql(sql.toString()).query((rs, i) -> digests.put(rs.getString(1), rs.getString(2))).list();
        return digests;
    }

    private static List<String> changed(java.util.Map<String, String> before, java.util.Map<String, String> after) {
        return after.keySet().stream().filter(t -> !java.util.Objects.equals(before.get(t), after.get(t))).toList();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }

}
