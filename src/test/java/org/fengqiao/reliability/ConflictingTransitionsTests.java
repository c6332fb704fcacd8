package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Many clients (dispatchers and the lead unit's handlers) read the same case, wait for each other, and then all
 * send a transition based on the version they read. Exactly one may win each race; every other gets 409; the
 * stored state is where the history leads and every win is in the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConflictingTransitionsTests {

    private static final int CLIENTS = Integer.getInteger("reliability.conflictClients", 8);
    private static final int CASES = Integer.getInteger("reliability.conflictCases", 6);
    private static final int RACES = Integer.getInteger("reliability.conflictRaces", 8);
    private static final Set<String> ENDING = Set.of("close", "cancel", "reject", "attach", "merge");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fengqiao.org.ApiTokens apiTokens;
    @Autowired
    org.fengqiao.org.People people;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void oneWriterWinsEachRaceLosersGet409AndStateEqualsTheReplayOfHistory() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            HttpResponse<String> r = post("dispatcher", "/api/v1/cases", Workload.newCase("conflict-" + i));
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(json.readTree(r.body()).get("id").asString());
        }
        Map<String, AtomicInteger> wins = new ConcurrentHashMap<>();
        AtomicInteger losers = new AtomicInteger();
        AtomicInteger races = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (String id : ids) {
                for (int race = 0; race < RACES; race++) {
                    CyclicBarrier sameMoment = new CyclicBarrier(CLIENTS);
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        String user = c % 2 == 0 ? "dispatcher" : "handler";
                        Random random = new Random(race * 31L + c);
                        answers.add(pool.submit(() -> attempt(id, user, random, sameMoment)));
                    }
                    int won = 0;
                    int tried = 0;
                    for (Future<Integer> a : answers) {
                        int status = a.get(120, TimeUnit.SECONDS);
                        assertThat(status).as("answers are 200, 409 or nothing to do").isIn(0, 200, 409);
                        tried += status == 0 ? 0 : 1;
                        won += status == 200 ? 1 : 0;
                        losers.addAndGet(status == 409 ? 1 : 0);
                    }
                    if (tried == 0) {
                        break;
                    }
                    races.incrementAndGet();
                    assertThat(won).as("exactly one writer wins a race on case %s", id).isEqualTo(1);
                    wins.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            JsonNode view = json.readTree(get("dispatcher", "/api/v1/cases/" + id).body());
            JsonNode history = view.get("history");
            int applied = wins.getOrDefault(id, new AtomicInteger()).get();
            assertThat(history.size()).as("every win of %s is in its history, nothing else", id).isEqualTo(applied + 1);
            assertThat(view.get("version").asLong()).isEqualTo(applied);
            String status = null;
            for (JsonNode step : history) {
                assertThat(step.get("from").isNull() ? null : step.get("from").asString()).isEqualTo(status);
                status = step.get("to").asString();
            }
            assertThat(view.get("status").asString()).as("state of %s is the replay of its history", id)
                    .isEqualTo(status);
            assertThat(jdbc.sql("SELECT status FROM cases WHERE id = ?::uuid").param(id).query(String.class).single())
                    .isEqualTo(status);
        }
        System.out.printf("conflicting transitions: clients=%d cases=%d races=%d winners=%d losers_409=%d lost_updates=0%n",
                CLIENTS, CASES, races.get(), races.get(), losers.get());
        assertThat(losers.get()).isPositive();
    }

    /** Reads the case, waits for the others, sends one allowed step; 0 when this client has nothing to send. */
    private int attempt(String id, String user, Random random, CyclicBarrier sameMoment) throws Exception {
        String action = null;
        long version = -1;
        try {
            HttpResponse<String> r = get(user, "/api/v1/cases/" + id);
            if (r.statusCode() == 200) {
                JsonNode view = json.readTree(r.body());
                List<String> moving = new ArrayList<>();
                view.get("allowedActions").forEach(a -> moving.add(a.asString()));
                moving.removeIf(ENDING::contains);
                version = view.get("version").asLong();
                action = moving.isEmpty() ? null : moving.get(random.nextInt(moving.size()));
            }
        } finally {
            sameMoment.await(60, TimeUnit.SECONDS);
        }
        return action == null ? 0 : post(user, "/api/v1/cases/" + id + "/" + action, body(action, version)).statusCode();
    }

    static String body(String action, long version) {
        String extra = switch (action) {
            case "assign" -> ",\"units\":[\"U03\"]";
            case "return" -> ",\"returnReason\":\"NOT_OUR_DUTY\",\"note\":\"不属本单位职责\"";
            case "progress", "rule", "accept" -> ",\"note\":\"进展说明\"";
            case "resolve" -> ",\"result\":\"已现场处置\"";
            case "reply" -> ",\"reply\":\"已答复群众\"";
            case "verdict" -> ",\"satisfied\":true,\"score\":5";
            case "reopen", "reject", "cancel" -> ",\"reason\":\"复查\"";
            default -> "";
        };
        return "{\"version\":" + version + extra + "}";
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", Tokens.bearer(apiTokens, people, user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", Tokens.bearer(apiTokens, people, user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
