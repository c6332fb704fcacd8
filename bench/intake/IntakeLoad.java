import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP load for bench/intake: CLIENTS threads POST new cases to /api/v1/cases for SECONDS seconds
 * (after a warm-up), each waiting for its answer before the next request (closed loop).
 * Prints cases/s and latency percentiles. Usage: java IntakeLoad.java BASE_URL CLIENTS SECONDS WARMUP [floor]
 * With {@code floor} the clients instead GET /api/v1/me with the same token: the cheapest authenticated API call, the
 * ceiling that any HTTP intake on this machine and server stack could reach.
 */
public class IntakeLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        boolean floor = args.length > 4 && args[4].equals("floor");
        String basic = "Basic " + Base64.getEncoder().encodeToString("dispatcher:fengqiao-demo".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        // Machine clients use API tokens: one bcrypt check to get it, then a hash lookup per request.
        String issued = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens?name=bench-intake"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String auth = "Bearer " + issued.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        run(http, base, auth, floor, clients, warmup, new ArrayList<>(), new AtomicInteger());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        run(http, base, auth, floor, clients, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf((floor ? "floor_get_me: http_clients=%d duration_s=%.1f answered=%d errors=%d requests_per_s=%.1f"
                        : "http_clients=%d duration_s=%.1f created=%d errors=%d cases_per_s=%.1f") + " p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                clients, elapsed, sorted.size(), errors.get(), sorted.size() / elapsed,
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    static void run(HttpClient http, String base, String auth, boolean floor, int clients, int seconds, List<Long> latencies,
            AtomicInteger errors) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int i = 0;
                try {
                    while (System.nanoTime() < until) {
                        String body = """
                            {"title":"货车占道经营影响通行 %d-%d","description":"东湖街道某路段每天傍晚有货车占道卸货，影响居民出行，请尽快处理。",
                             "category":"URBAN_CONSTRUCTION","channel":"API","reporter":{"name":"张先生","phone":"13912345678"},
                             "jurisdiction":"C01","address":"东湖街道绿荫苑北门","lat":30.75,"lon":120.75}
                            """.formatted(client, i++);
                        HttpRequest req = floor
                                ? HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).header("Authorization", auth)
                                        .timeout(Duration.ofSeconds(30)).GET().build()
                                : HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                                        .header("Authorization", auth).header("Content-Type", "application/json")
                                        .timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (r.statusCode() == (floor ? 200 : 201)) {
                            latencies.add(t1 - t0);
                        } else if (errors.incrementAndGet() <= 3) {
                            System.err.println("HTTP " + r.statusCode() + ": " + r.body());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
