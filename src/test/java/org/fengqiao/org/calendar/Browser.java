package org.fengqiao.org.calendar;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person in a browser, for page tests: signs in with the form and CSRF token, keeps the session cookie. */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    public Browser(int port) {
        this.port = port;
    }

    public Browser login(String user) throws Exception {
        csrfFrom(get("/login").body());
        post("/login", "username=" + user + "&password=fengqiao-demo");
        csrfFrom(get("/home").body());
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form) throws Exception {
        String body = form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (m.find()) {
            csrf = m.group(1);
        }
    }
}
