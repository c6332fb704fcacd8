package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case timers with two Fengqiao processes on one database: the deadline alarms (yellow and red of each clock) and the
 * automatic whistle of the escalation ladder fire exactly once each, counted from the database (deadline_alarm,
 * the clock log and the escalation log per clock and rung), while handlers act on the same cases through either
 * instance: each handler gets 200 or 409, every case's state is the replay of its history.
 */
class CaseTimersTwoInstancesTests {

    private static final int CASES = Integer.getInteger("reliability.caseTimerCases", 24);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void deadlineAlarmsAndAutomaticWhistlesFireOnceEachAcrossTwoInstancesWhileHandlersAct() throws Exception {
        Path work = Path.of("target", "reliability", "case-timers").toAbsolutePath();
        try (AppProcess a = AppProcess.fresh(work.resolve("a"))) {
            a.start();
            try (AppProcess b = AppProcess.sharing(work.resolve("b"), a); Connection db = a.database()) {
                b.start();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < CASES; i++) {
                    ids.add(assigned(i % 2 == 0 ? a : b, "timers-" + i));
                }
                makeDue(db, ids);
                ExecutorService handlers = Executors.newFixedThreadPool(4);
                Map<String, Integer> acted = new ConcurrentHashMap<>();
                List<Future<?>> sent = new ArrayList<>();
                for (int i = 0; i < ids.size(); i += 2) { // every other case is acknowledged while its alarms fire
                    String id = ids.get(i);
                    AppProcess on = i % 4 == 0 ? a : b;
                    sent.add(handlers.submit(() -> {
                        acted.put(id, post(on, "handler", "/api/v1/cases/" + id + "/acknowledge", "{\"version\":2}")
                                .statusCode());
                        return null;
                    }));
                }
                for (Future<?> f : sent) {
                    f.get();
                }
                handlers.shutdown();
                awaitNoTimerLeft(db, ids);
                int fired = 0;
                for (String id : ids) {
                    fired += assertOnce(db, id, acted);
                    assertStateIsTheReplayOfHistory(a, id);
                }
                long sweepsA = sweepLines(a.log());
                long sweepsB = sweepLines(b.log());
                System.out.printf("two instances, case timers: cases=%d alarms_fired=%d whistles=%d acknowledged=%s "
                        + "sweeps_on_a=%d sweeps_on_b=%d%n", ids.size(), fired, ids.size(),
                        acted.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                                java.util.stream.Collectors.counting())), sweepsA, sweepsB);
                assertThat(acted.values()).as("a handler racing an alarm succeeds or gets 409")
                        .allMatch(s -> s == 200 || s == 409);
            }
        }
    }

    /** Filed, accepted and assigned to U03 through the API of one instance; the enterprise ladder applies. */
    private String assigned(AppProcess on, String title) throws Exception {
        HttpResponse<String> r = post(on, "dispatcher", "/api/v1/cases", """
                {"title":"%s","description":"冷库制冷异常，库温持续偏高，担心食品变质，请尽快派人查看。",
                 "category":"BUSINESS_OPERATIONS","channel":"API","reporter":{"name":"李先生","phone":"13700002222"},
                 "enterpriseName":"枫溪冷链物流有限公司","jurisdiction":"C01","address":"工业园区 9 号"}"""
                .formatted(title));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = ID.matcher(r.body());
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        assertThat(post(on, "dispatcher", "/api/v1/cases/" + id + "/accept", "{\"version\":0}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> assigned = post(on, "dispatcher", "/api/v1/cases/" + id + "/assign",
                "{\"version\":1,\"units\":[\"U03\"]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        return id;
    }

    /**
     * Stands in for cases filed as urgent three hours ago whose first stage on the ladder ran out: the clocks and the
     * ladder position are moved back in time and every alarm and whistle timer of the cases is due now, in one
     * transaction, so that both instances find all of them due at once.
     */
    private static void makeDue(Connection db, List<String> ids) throws Exception {
        db.setAutoCommit(false);
        String[] like = ids.stream().map(id -> id + "/%").toArray(String[]::new);
        try (PreparedStatement clocks = db.prepareStatement("""
                UPDATE case_clock SET urgency = 'URGENT', submitted_at = submitted_at - interval '3 hours',
                  accepted_at = accepted_at - interval '3 hours', assigned_at = assigned_at - interval '3 hours'
                WHERE case_id = ANY (?::uuid[])""");
                PreparedStatement ladder = db.prepareStatement(
                        "UPDATE case_escalation SET since = since - interval '30 days' WHERE case_id = ANY (?::uuid[])");
                PreparedStatement alarms = db.prepareStatement("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
                        SELECT 'casework-deadline', c || '/' || ph || '/' || th, NULL, now(), false, 1
                        FROM unnest(?::text[]) c, unnest(ARRAY['ACKNOWLEDGE', 'FIRST_REPLY', 'RESOLVE']) ph,
                             unnest(ARRAY['YELLOW', 'RED']) th
                        ON CONFLICT (task_name, task_instance) DO UPDATE SET execution_time = now()""");
                PreparedStatement whistles = db.prepareStatement("""
                        UPDATE scheduled_tasks SET execution_time = now()
                        WHERE task_name = 'casework-whistle' AND task_instance LIKE ANY (?)""")) {
            String[] uuids = ids.toArray(String[]::new);
            clocks.setArray(1, db.createArrayOf("text", uuids));
            assertThat(clocks.executeUpdate()).isEqualTo(ids.size());
            ladder.setArray(1, db.createArrayOf("text", uuids));
            assertThat(ladder.executeUpdate()).as("every case stands on the enterprise ladder").isEqualTo(ids.size());
            alarms.setArray(1, db.createArrayOf("text", uuids));
            alarms.executeUpdate();
            whistles.setArray(1, db.createArrayOf("text", like));
            assertThat(whistles.executeUpdate()).as("one whistle timer per case").isEqualTo(ids.size());
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static void awaitNoTimerLeft(Connection db, List<String> ids) throws Exception {
        long until = System.currentTimeMillis() + 180_000;
        String[] like = ids.stream().map(id -> id + "/%").toArray(String[]::new);
        String[] firstRung = ids.stream().map(id -> id + "/1").toArray(String[]::new);
        // a whistle that lost the case's version to a handler is retried (30 s later), so its rung-1 timer is awaited
        try (PreparedStatement left = db.prepareStatement("""
                SELECT count(*) FROM scheduled_tasks WHERE (task_name = 'casework-deadline' AND task_instance LIKE ANY (?))
                   OR (task_name = 'casework-whistle' AND task_instance = ANY (?))""")) {
            left.setArray(1, db.createArrayOf("text", like));
            left.setArray(2, db.createArrayOf("text", firstRung));
            while (System.currentTimeMillis() < until) {
                try (ResultSet rs = left.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("due case timers still pending after 180 s");
    }

    /**
     * Each alarm once in deadline_alarm and once in the clock log, the first whistle once in the escalation log; an
     * acknowledged case's acknowledge alarms fired once if they won the race and not at all if the handler did.
     */
    private static int assertOnce(Connection db, String id, Map<String, Integer> acted) throws Exception {
        int fired = 0;
        for (String phase : List.of("ACKNOWLEDGE", "FIRST_REPLY", "RESOLVE")) {
            for (String threshold : List.of("YELLOW", "RED")) {
                int rows = count(db, "SELECT count(*) FROM deadline_alarm WHERE case_id = ?::uuid AND phase = '"
                        + phase + "' AND threshold = '" + threshold + "'", id);
                int logged = count(db, "SELECT count(*) FROM case_clock_log WHERE case_id = ?::uuid AND action = '"
                        + (threshold.equals("RED") ? "DEADLINE_MISSED" : "DEADLINE_WARNED") + "' AND note = '" + phase
                        + "'", id);
                assertThat(logged).as("%s %s %s in the clock log as often as recorded", id, phase, threshold)
                        .isEqualTo(rows);
                boolean mayHaveLost = phase.equals("ACKNOWLEDGE") && Integer.valueOf(200).equals(acted.get(id));
                if (mayHaveLost) {
                    assertThat(rows).as("%s %s %s at most once", id, phase, threshold).isBetween(0, 1);
                } else {
                    assertThat(rows).as("%s %s %s exactly once", id, phase, threshold).isEqualTo(1);
                }
                fired += rows;
            }
        }
        assertThat(count(db, "SELECT count(*) FROM escalation_log WHERE case_id = ?::uuid AND kind = 'WHISTLE' "
                + "AND rung = 1 AND trigger = 'AUTO'", id)).as("%s: the first whistle blew exactly once", id)
                .isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM escalation_log WHERE case_id = ?::uuid AND kind = 'WHISTLE'", id))
                .as("%s: only the first stage had run out", id).isEqualTo(1);
        return fired;
    }

    private void assertStateIsTheReplayOfHistory(AppProcess on, String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(on.base() + "/api/v1/cases/" + id))
                .header("Authorization", AppProcess.basic("dispatcher")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(r.body());
        String status = null;
        for (JsonNode step : view.get("history")) {
            String to = step.get("to").isNull() ? status : step.get("to").asString();
            if (!step.get("from").isNull()) {
                assertThat(step.get("from").asString()).as("%s history is a chain", id).isEqualTo(status);
            }
            status = to;
        }
        assertThat(view.get("status").asString()).as("state of %s is the replay of its history", id)
                .isEqualTo(status);
    }

    private HttpResponse<String> post(AppProcess on, String user, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(on.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", AppProcess.basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(Connection db, String sql, String id) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long sweepLines(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Deadline sweep handled")).count();
        }
    }
}
