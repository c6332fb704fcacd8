package org.fengqiao.reliability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.fengqiao.reliability.Endpoints.Endpoint;

/**
 * Builds a hostile request for an endpoint: broken or mistyped JSON, random forms and multipart uploads, odd query
 * strings, path variables and headers. Text comes from jqwik's generators (every Unicode plane, control
 * characters, long strings) mixed with values known to trip parsers and SQL.
 */
final class Malformed {

    private static final List<String> NASTY = List.of("-1", "0", "99999999999999999999", "1e400", "NaN", "abc",
            "' OR 1=1 --", "\"; DROP TABLE cases; --", "%", "%00", "\u0000", "../../etc/passwd", "2026-13-45",
            "2026-02-30", "true", "null", "<script>alert(1)</script>", "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime)}__",
            "９", "\uD83D\uDE00", "x".repeat(5000), "ＤＥＳＣ", "created,desc", "ASC;", "C01", "U03", "QY-20260101-0001",
            "91330100MA27XYK00X", "13912345678");
    private static final List<String> PARAMS = List.of("page", "size", "sort", "dir", "status", "q", "category",
            "unit", "dueSoon", "year", "from", "to", "days", "hours", "date", "start", "lang", "filter", "kind", "id",
            "version", "number", "code", "jurisdiction", "service_code", "format");
    private static final List<String> FIELDS = List.of("version", "title", "description", "category", "channel",
            "reporter", "name", "phone", "units", "lead", "note", "reason", "reply", "result", "score", "satisfied",
            "returnReason", "lat", "lon", "jurisdiction", "creditCode", "code", "parentCode", "kind", "username",
            "password", "roles", "date", "from", "to", "members", "personId", "number", "lookupCode", "industry");
    private static final Arbitrary<String> TEXT = Arbitraries.strings().all().ofMaxLength(60);

    private final Random random;
    private final String base;

    Malformed(Random random, String base) {
        this.random = random;
        this.base = base;
    }

    /** What variant was sent, for the report of a failure. */
    record Built(HttpRequest.Builder request, String description) {
    }

    Built build(Endpoint e, String caseId, String unitId, String csrf) {
        String path = e.path(v -> variable(v, caseId, unitId));
        String query = query();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + query));
        header(b);
        if (e.method().equals("GET")) {
            return new Built(b.GET(), e.method() + " " + path + query);
        }
        int kind = random.nextInt(e.api() ? 7 : 3);
        String description = e.method() + " " + path + query + " body#" + kind;
        switch (kind) {
            case 0 -> form(b, csrf);
            case 1 -> multipart(b, csrf);
            case 2 -> b.header("Content-Type", "application/json").method(e.method(),
                    HttpRequest.BodyPublishers.ofString(json()));
            case 3 -> b.header("Content-Type", "application/json").method(e.method(),
                    HttpRequest.BodyPublishers.ofString(json().substring(0, random.nextInt(8))));
            case 4 -> b.header("Content-Type", "application/json").method(e.method(),
                    HttpRequest.BodyPublishers.ofString("[".repeat(3000) + "]".repeat(3000)));
            case 5 -> b.header("Content-Type", "text/plain; charset=GBK").method(e.method(),
                    HttpRequest.BodyPublishers.ofString(pick()));
            default -> b.header("Content-Type", "application/json").method(e.method(),
                    HttpRequest.BodyPublishers.ofString("{\"version\":" + pick().replace("\"", "") + "}"));
        }
        return new Built(b, description);
    }

    private String variable(String name, String caseId, String unitId) {
        if (random.nextInt(3) == 0) {
            return enc(pick());
        }
        return switch (name) {
            case "id" -> caseId;
            case "unitId" -> unitId;
            case "action" -> List.of("accept", "progress", "verdict", "assign", "close", "nonsense").get(random.nextInt(6));
            case "version" -> Integer.toString(random.nextInt(5));
            case "date" -> "2026-10-0" + (1 + random.nextInt(9));
            default -> UUID.randomUUID().toString();
        };
    }

    private String query() {
        int n = random.nextInt(5);
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < n; i++) {
            q.append(i == 0 ? "?" : "&").append(PARAMS.get(random.nextInt(PARAMS.size()))).append('=').append(enc(pick()));
        }
        return q.toString();
    }

    private void header(HttpRequest.Builder b) {
        b.header("Accept", List.of("application/json", "text/html", "*/*", "application/xml", "garbage/@@",
                "application/problem+json").get(random.nextInt(6)));
        b.header("Accept-Language", List.of("zh-CN", "en", "xx-YY;q=abc", "*", "en;q=2", "zh-TW,zh;q=0.9")
                .get(random.nextInt(6)));
        if (random.nextInt(4) == 0) {
            b.header("X-Forwarded-For", pick().replaceAll("[^\\x20-\\x7e]", ""));
        }
    }

    private void form(HttpRequest.Builder b, String csrf) {
        StringBuilder form = new StringBuilder("_csrf=" + enc(csrf));
        for (int i = random.nextInt(8); i > 0; i--) {
            form.append('&').append(FIELDS.get(random.nextInt(FIELDS.size()))).append('=').append(enc(pick()));
        }
        b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                form.toString()));
    }

    private void multipart(HttpRequest.Builder b, String csrf) {
        String boundary = "fuzz" + random.nextInt(1_000_000);
        StringBuilder body = new StringBuilder();
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(csrf).append("\r\n");
        for (int i = random.nextInt(3); i >= 0; i--) {
            String field = random.nextBoolean() ? "file" : FIELDS.get(random.nextInt(FIELDS.size()));
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                    .append("\"; filename=\"").append(List.of("a.csv", "a.xlsx", "x.jpg", "../../x.png", "无.txt", "")
                            .get(random.nextInt(6)))
                    .append("\"\r\nContent-Type: ").append(List.of("text/csv", "image/jpeg", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream").get(random.nextInt(4)))
                    .append("\r\n\r\n").append(random.nextBoolean() ? "企业名称,统一社会信用代码\n" + pick() + "," + pick() : pick())
                    .append("\r\n");
        }
        if (random.nextInt(5) > 0) {
            body.append("--").append(boundary).append("--\r\n");
        }
        b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private String json() {
        StringBuilder j = new StringBuilder("{");
        for (int i = random.nextInt(8); i >= 0; i--) {
            j.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\":").append(jsonValue(2));
            j.append(i > 0 ? "," : "");
        }
        return j.append('}').toString();
    }

    private String jsonValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> "null";
            case 1 -> Long.toString(random.nextLong());
            case 2 -> "\"" + pick().replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\u0000-\\u001f]", "") + "\"";
            case 3 -> random.nextBoolean() ? "true" : "1.7976931348623157E309";
            case 4 -> "\"" + NASTY.get(random.nextInt(NASTY.size())).replace("\"", "'").replace("\u0000", "") + "\"";
            case 5 -> "[" + jsonValue(depth - 1) + "," + jsonValue(depth - 1) + "]";
            default -> "{\"name\":" + jsonValue(depth - 1) + ",\"phone\":" + jsonValue(depth - 1) + "}";
        };
    }

    private String pick() {
        return random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : TEXT.sample();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
