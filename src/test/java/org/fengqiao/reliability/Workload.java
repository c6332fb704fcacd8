package org.fengqiao.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent clients that file cases and move them on (accept, assign, acknowledge) until told to stop or until
 * the server goes away. Only what the server acknowledged (201 / 200) is remembered as promised.
 */
final class Workload {

    /** A step the server acknowledged: the case, the action, and the version it answered with. */
    record Ack(String caseId, String action, long version) {
    }

    /** The reporter phone every workload case carries (138…, so that reply SMS never look like a timer's). */
    static final String REPORTER_PHONE = "13812345678";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final String base;
    private final String tag;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicBoolean stop = new AtomicBoolean();
    final Map<String, String> filed = new ConcurrentHashMap<>();
    final List<Ack> acks = new CopyOnWriteArrayList<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger unexpected = new AtomicInteger();
    final List<String> unexpectedSamples = new CopyOnWriteArrayList<>();

    Workload(String base, String tag) {
        this.base = base;
        this.tag = tag;
    }

    List<Thread> start(int clients) {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> run(client), "load-" + tag + "-" + c);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    void stop(List<Thread> threads) throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
    }

    private void run(int client) {
        for (int i = 0; !stop.get(); i++) {
            String title = "%s-c%d-%d".formatted(tag, client, i);
            try {
                HttpResponse<String> r = post("dispatcher", "/api/v1/cases", newCase(title));
                if (!expect(r, 201)) {
                    continue;
                }
                String id = group(ID, r.body());
                filed.put(id, title);
                acks.add(new Ack(id, "SUBMIT", 0));
                if (!step(id, "dispatcher", "accept", "{\"version\":0}")
                        || !step(id, "dispatcher", "assign", "{\"version\":1,\"units\":[\"U03\"]}")) {
                    continue;
                }
                step(id, "handler", "acknowledge", "{\"version\":2}");
            } catch (Exception e) {
                // the server was killed under us: what was not acknowledged was never promised
                failed.incrementAndGet();
                if (stop.get() || e instanceof java.io.IOException) {
                    sleep(50);
                }
            }
        }
    }

    private boolean step(String id, String user, String action, String body) throws Exception {
        HttpResponse<String> r = post(user, "/api/v1/cases/" + id + "/" + action, body);
        if (!expect(r, 200)) {
            return false;
        }
        acks.add(new Ack(id, action.toUpperCase(java.util.Locale.ROOT), Long.parseLong(group(VERSION, r.body()))));
        return true;
    }

    private boolean expect(HttpResponse<String> r, int status) {
        if (r.statusCode() == status) {
            return true;
        }
        unexpected.incrementAndGet();
        if (unexpectedSamples.size() < 5) {
            unexpectedSamples.add(r.statusCode() + " " + r.body());
        }
        return false;
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        sent.incrementAndGet();
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", AppProcess.basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String newCase(String title) {
        return """
                {"title":"%s","description":"东湖街道绿荫苑北门傍晚货车占道卸货，影响居民通行。","category":"URBAN_CONSTRUCTION",
                 "channel":"API","reporter":{"name":"张先生","phone":"%s"},"jurisdiction":"C01",
                 "address":"东湖街道绿荫苑北门"}""".formatted(title, REPORTER_PHONE);
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + body);
        }
        return m.group(1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
