package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.reliability.Endpoints.Endpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * Every mapped endpoint × every demo role (and nobody) × a case inside / outside the role's reach, with the answer
 * each cell must give. A leak is a 2xx (or a 409, which means the access check was passed) where the rules say no,
 * or the other case's number or the reporter's full phone number in a body that must not carry it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final String PHONE = "13700004321";
    /** District-wide roles: every case in D01 is theirs to see. */
    static final Set<String> DISTRICT = Set.of("admin", "dispatcher", "auditor");
    /** Roles that see only their town (officer) or their unit's cases (handler, head). */
    static final Set<String> LOCAL = Set.of("officer", "handler", "head");
    static final List<String> ROLES = List.of("admin", "dispatcher", "auditor", "officer", "handler", "head",
            "enterprise");
    /** Roles that may not see personal data in full. */
    static final Set<String> MASKED = Set.of("auditor", "enterprise");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fengqiao.org.ApiTokens apiTokens;
    @Autowired
    org.fengqiao.org.People people;

    private String ownCase;
    private String otherCase;
    private String otherNumber;
    private UUID unit;
    private final List<String> leaks = new ArrayList<>();
    private int cells;

    @BeforeAll
    void fixtures() throws Exception {
        ownCase = submit("C01");
        post("dispatcher", "/api/v1/cases/" + ownCase + "/accept", "{\"version\":0}");
        assertThat(post("dispatcher", "/api/v1/cases/" + ownCase + "/assign", "{\"version\":1,\"units\":[\"U03\"]}")
                .statusCode()).isEqualTo(200);
        otherCase = submit("C03");
        otherNumber = json.readTree(get("dispatcher", "/api/v1/cases/" + otherCase).body()).get("number").asString();
        unit = jdbc.sql("SELECT id FROM unit WHERE code = 'U03'").query(UUID.class).single();
    }

    @org.junit.jupiter.api.BeforeEach
    void clear() {
        leaks.clear();
    }

    @Test
    void noRoleReachesACaseOutsideItsJurisdictionOrUnitOnAnyEndpoint() throws Exception {
        Endpoints endpoints = Endpoints.of(mapping);
        Map<String, Browser> browsers = new LinkedHashMap<>();
        for (String role : ROLES) {
            browsers.put(role, Browser.signedIn(base(), role));
        }
        for (Endpoint e : endpoints.all()) {
            if (!e.caseResource()) {
                continue;
            }
            for (String role : ROLES) {
                for (boolean own : new boolean[] {true, false}) {
                    String id = own ? ownCase : otherCase;
                    boolean maySee = DISTRICT.contains(role) || (own && LOCAL.contains(role));
                    HttpResponse<String> r = call(e, role, browsers.get(role), id);
                    cells++;
                    check(e, role, own, r, maySee);
                }
            }
        }
        System.out.printf("access matrix (cases): endpoints=%d cells=%d leaks=%d%n",
                endpoints.all().stream().filter(Endpoint::caseResource).count(), cells, leaks.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyEndpointOutsideThePublicPathsRefusesSomeoneNotSignedIn() throws Exception {
        Browser nobody = Browser.anonymous(base());
        int tried = 0;
        for (Endpoint e : Endpoints.of(mapping).all()) {
            if (e.publicPath()) {
                continue;
            }
            String path = e.path(this::value);
            HttpResponse<String> r = e.api()
                    ? nobody.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type",
                            "application/json").method(e.method(), HttpRequest.BodyPublishers.ofString("{}")))
                    : e.method().equals("GET") ? nobody.get(path) : nobody.postWithoutToken(path, "a=b");
            tried++;
            boolean refused = e.api() ? r.statusCode() == 401
                    : r.statusCode() == 403 || (r.statusCode() == 302
                            && r.headers().firstValue("Location").orElse("").endsWith("/login"));
            if (!refused) {
                leaks.add("anonymous " + e + " -> " + r.statusCode());
            }
        }
        System.out.printf("access matrix (anonymous): endpoints=%d leaks=%d%n", tried, leaks.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyPageFormRefusesAPostWithoutTheCsrfToken() throws Exception {
        Browser admin = Browser.signedIn(base(), "admin");
        long before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action NOT LIKE 'sign-in%'").query(Long.class)
                .single();
        int tried = 0;
        for (Endpoint e : Endpoints.of(mapping).all()) {
            if (e.api() || e.method().equals("GET") || e.pattern().equals("/login") || e.pattern().equals("/logout")) {
                continue;
            }
            HttpResponse<String> r = admin.postWithoutToken(e.path(p -> p.equals("id") ? ownCase : value(p)), "a=b");
            tried++;
            if (r.statusCode() != 403) {
                leaks.add("no CSRF token " + e + " -> " + r.statusCode());
            }
        }
        System.out.printf("CSRF: page forms=%d accepted_without_token=%d%n", tried, leaks.size());
        assertThat(leaks).isEmpty();
        assertThat(tried).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action NOT LIKE 'sign-in%'").query(Long.class)
                .single()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void rolesThatMayNotSeePersonalDataNeverGetAFullPhoneNumberFromAnyPageOrApi() throws Exception {
        int tried = 0;
        for (String role : MASKED) {
            Browser browser = Browser.signedIn(base(), role);
            for (Endpoint e : Endpoints.of(mapping).all()) {
                // /error renders a failure forwarded to it; called directly it has none to show and answers 500
                if (!e.method().equals("GET") || e.pattern().contains("errors.") || e.pattern().equals("/error")) {
                    continue;
                }
                HttpResponse<String> r = e.api() ? get(role, e.path(p -> p.equals("id") ? ownCase : value(p)))
                        : browser.get(e.path(p -> p.equals("id") ? ownCase : value(p)));
                tried++;
                if (r.statusCode() >= 500) {
                    leaks.add(role + " " + e + " -> " + r.statusCode());
                }
                if (r.body().contains(PHONE)) {
                    leaks.add(role + " sees the full phone on " + e);
                }
            }
        }
        // a positive control: the number is there for a role that may see it, so the check above can fail
        assertThat(get("dispatcher", "/api/v1/cases/" + ownCase).body()).contains(PHONE);
        assertThat(get("auditor", "/api/v1/cases/" + ownCase).body()).contains("137****4321");
        System.out.printf("personal data: GET requests=%d unmasked=%d%n", tried, leaks.size());
        assertThat(leaks).isEmpty();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = Browser.signedIn(base(), "dispatcher").get("/home");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'",
                "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        HttpResponse<String> api = get("dispatcher", "/api/v1/cases?size=1");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
    }

    @Test
    void passwordsAreStoredWithBcryptOrStronger() {
        List<String> hashes = jdbc.sql("SELECT password_hash FROM person WHERE password_hash IS NOT NULL")
                .query(String.class).list();
        assertThat(hashes).isNotEmpty().allMatch(h -> h.startsWith("{bcrypt}$2") || h.startsWith("{argon2")
                || h.startsWith("{pbkdf2@SpringSecurity_v5_8}"));
    }

    private void check(Endpoint e, String role, boolean own, HttpResponse<String> r, boolean maySee) {
        String cell = role + " " + (own ? "own " : "other ") + e + " -> " + r.statusCode();
        if (r.statusCode() >= 500) {
            leaks.add(cell + " (server error)");
        } else if (!maySee && (r.statusCode() / 100 == 2 || r.statusCode() == 409)) {
            leaks.add(cell + " (must be refused)");
        } else if (!maySee && (r.body().contains(otherNumber) || r.body().contains(PHONE))) {
            leaks.add(cell + " (body shows the case)");
        } else if (maySee && e.method().equals("GET") && (e.pattern().equals("/api/v1/cases/{id}")
                || e.pattern().endsWith("/cases/{id}")) && r.statusCode() != 200) {
            leaks.add(cell + " (must be allowed)");
        }
    }

    private HttpResponse<String> call(Endpoint e, String role, Browser browser, String caseId) throws Exception {
        String path = e.path(p -> p.equals("id") ? caseId : value(p));
        if (e.api()) {
            return browser.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Authorization", Tokens.bearer(apiTokens, people, role)).header("Content-Type", "application/json")
                    .method(e.method(), e.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{\"version\":999,\"note\":\"x\"}")));
        }
        if (e.method().equals("GET")) {
            return browser.get(path);
        }
        // a page form with the right token but a stale version: refused by access (404/403) or by the version (409)
        String token = csrf(browser.get("/home").body());
        return browser.postWithoutToken(path, "version=999&note=x&_csrf=" + token);
    }

    private String value(String variable) {
        return switch (variable) {
            case "action" -> "progress";
            case "unitId" -> unit.toString();
            case "version" -> "1";
            case "date" -> "2026-10-08";
            default -> UUID.randomUUID().toString();
        };
    }

    private static String csrf(String page) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        return m.find() ? java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    private String submit(String jurisdiction) throws Exception {
        HttpResponse<String> r = post("dispatcher", "/api/v1/cases",
                Workload.newCase("access-" + jurisdiction).replace(Workload.REPORTER_PHONE, PHONE)
                        .replace("\"C01\"", "\"" + jurisdiction + "\""));
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return Browser.anonymous(base()).send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", Tokens.bearer(apiTokens, people, user)).GET());
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        return Browser.anonymous(base()).send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", Tokens.bearer(apiTokens, people, user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
