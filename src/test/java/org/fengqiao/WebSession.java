package org.fengqiao;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person in a browser (form login, session cookie, CSRF token) or a machine client with HTTP Basic. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private final String basic;
    private String csrf;

    private WebSession(int port, String basic) {
        this.port = port;
        this.basic = basic;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** Basic authentication for /api/**. */
    public static WebSession api(int port, String username) {
        return new WebSession(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** A person without an account (a firm's phone on a public page). */
    public static WebSession anonymous(int port) {
        return new WebSession(port, null);
    }

    /** Signs in through the login form. */
    public static WebSession browser(int port, String username) throws Exception {
        WebSession s = new WebSession(port, null);
        s.get("/login");
        HttpResponse<String> r = s.post("/login", Map.of("username", username, "password", "fengqiao-demo"));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username);
        }
        return s;
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        remember(r.body());
        return r;
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post carrying the CSRF token of the last page seen. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
        }
        HttpResponse<String> r = http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(r.body());
        return r;
    }

    /** A form post whose fields may repeat (rows of a table), in the order given, with the CSRF token. */
    public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> fields) throws Exception {
        java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        String body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(r.body());
        return r;
    }

    /** A JSON post (for /api/**, which needs no CSRF token). */
    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> putJson(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one file in the part named "file". */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        String boundary = "----fq" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        if (csrf != null) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return r;
    }

    /** A multipart form: text fields and one file in the part named {@code fileField}. */
    public HttpResponse<String> multipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) throws Exception {
        String boundary = "----fq" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        for (Map.Entry<String, String> f : all.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private void remember(String body) {
        Matcher m = CSRF.matcher(body == null ? "" : body);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
