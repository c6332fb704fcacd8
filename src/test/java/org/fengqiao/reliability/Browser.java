package org.fengqiao.reliability;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser session (cookie) that can also send requests without the CSRF token on purpose. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private Browser(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private Browser(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser (same cookies) talking to another address, as behind a load balancer that switched nodes. */
    Browser at(String otherBase) {
        return new Browser(otherBase, http);
    }

    /** The CSRF token of the first form on a page. */
    static String csrfToken(String page) {
        return token(page);
    }

    static Browser signedIn(String base, String user) throws Exception {
        Browser b = new Browser(base);
        if (!b.signIn(user, "fengqiao-demo")) {
            throw new IllegalStateException("sign-in failed for " + user);
        }
        return b;
    }

    /** Submits the sign-in form as a person would; true when it let them in. */
    boolean signIn(String user, String password) throws Exception {
        String token = token(get("/login").body());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
    }

    static Browser anonymous(String base) {
        return new Browser(base);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post with no CSRF token: what a forged cross-site form would send. */
    HttpResponse<String> postWithoutToken(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
