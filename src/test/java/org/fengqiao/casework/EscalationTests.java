package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 三哨三到 ladder on the demo ladder for enterprise matters, over HTTP and on db-scheduler. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseHandling handling;
    @Autowired
    Whistles whistles;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchedulerClient scheduler;

    private final HttpClient http = HttpClient.newHttpClient();

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    /** An enterprise's own case in C01 (town T01), accepted and assigned to U03 now. */
    CaseId assigned() {
        return fixtures.enterpriseMatter("用工审批迟迟未办", "新厂区招工备案材料已交两周，至今没有答复，影响开工。",
                "枫溪精密机械有限公司", "工业园区 3 号");
    }

    long version(CaseId id) {
        return jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
    }

    long log(CaseId id, String kind) {
        return jdbc.sql("SELECT count(*) FROM escalation_log WHERE case_id = ? AND kind = ?").params(id.value(), kind)
                .query(Long.class).single();
    }

    List<UUID> coUnits(CaseId id) {
        return jdbc.sql("SELECT unit_id FROM case_co_unit WHERE case_id = ?").param(id.value()).query(UUID.class).list();
    }

    UUID unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    @Test
    void theReporterMayBlowOnlyAfterTheStageRanOutAndNobodyElseMayBlowAtAll() throws Exception {
        CaseId id = assigned();
        long before = version(id);
        HttpResponse<String> early = post("enterprise", "/api/v1/cases/" + id.value() + "/escalation/whistle");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("未到吹哨时间");
        HttpResponse<String> other = post("dispatcher", "/api/v1/cases/" + id.value() + "/escalation/whistle");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("只有本事项的反映人");
        assertThat(version(id)).isEqualTo(before);
        assertThat(log(id, "WHISTLE")).isZero();

        fixtures.stageRanOut(id);
        HttpResponse<String> first = post("enterprise", "/api/v1/cases/" + id.value() + "/escalation/whistle");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"rung\":1");
        assertThat(coUnits(id)).contains(unit("U09"));
        assertThat(version(id)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE case_id = ? AND action = 'ESCALATE'")
                .param(id.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(post("enterprise", "/api/v1/cases/" + id.value() + "/escalation/whistle").statusCode())
                .as("the next stage has just begun").isEqualTo(409);

        fixtures.stageRanOut(id);
        assertThat(post("enterprise", "/api/v1/cases/" + id.value() + "/escalation/whistle").body())
                .contains("\"rung\":2");
        assertThat(coUnits(id)).as("the police station of the case's town").contains(unit("U01"));
        assertThat(post("handler", "/api/v1/cases/" + id.value() + "/escalation/arrive").statusCode()).isEqualTo(403);
        assertThat(post("officer", "/api/v1/cases/" + id.value() + "/escalation/arrive").statusCode()).isEqualTo(200);
        assertThat(post("officer", "/api/v1/cases/" + id.value() + "/escalation/arrive").statusCode()).isEqualTo(409);
        HttpResponse<String> view = get("enterprise", "/api/v1/cases/" + id.value() + "/escalation");
        assertThat(view.body()).contains("\"rung\":2").contains("ARRIVAL").contains("toArrive");
        assertThat(log(id, "WHISTLE")).isEqualTo(2);
        assertThat(log(id, "ARRIVAL")).isEqualTo(1);
    }

    @Test
    void aWhistleOnACancelledCaseIsRefusedWith422AndChangesNothing() throws Exception {
        CaseId id = assigned();
        fixtures.stageRanOut(id);
        handling.act(id, Action.CANCEL, new CaseCommand(version(id), null, "企业已自行解决", null, null, null, null, null,
                null, null), actor("dispatcher"), Channel.WORKBENCH, Instant.now());
        long before = version(id);
        HttpResponse<String> r = post("enterprise", "/api/v1/cases/" + id.value() + "/escalation/whistle");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("不能再吹哨");
        assertThat(version(id)).isEqualTo(before);
        assertThat(log(id, "WHISTLE")).isZero();
    }

    @Test
    void aMissedStageBlowsTheWhistleByItselfExactlyOnceEvenWhenItsTimerRunsTwiceAtOnce() throws Exception {
        CaseId id = assigned();
        fixtures.stageRanOut(id);
        String instance = id.value() + "/1";
        scheduler.schedule(new TaskInstance<>(Whistles.TASK.getTaskName(), instance, instance), Instant.now(),
                SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (log(id, "WHISTLE") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(jdbc.sql("SELECT trigger FROM escalation_log WHERE case_id = ?").param(id.value())
                .query(String.class).list()).containsExactly("AUTO");
        var pool = Executors.newFixedThreadPool(2);
        Callable<Boolean> again = () -> whistles.byTimer(id.value(), 1, Instant.now());
        List<Boolean> results = new ArrayList<>();
        for (var f : pool.invokeAll(List.of(again, again))) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).containsOnly(false);
        assertThat(log(id, "WHISTLE")).isEqualTo(1);
        assertThat(coUnits(id)).contains(unit("U09"));
    }

    @Test
    void twoTimersOfTheSameRungRacingBlowOneWhistle() throws Exception {
        CaseId id = assigned();
        fixtures.stageRanOut(id);
        var pool = Executors.newFixedThreadPool(2);
        Callable<Boolean> blow = () -> whistles.byTimer(id.value(), 1, Instant.now());
        List<Boolean> results = new ArrayList<>();
        for (var f : pool.invokeAll(List.of(blow, blow))) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).containsExactlyInAnyOrder(true, false);
        assertThat(log(id, "WHISTLE")).isEqualTo(1);
    }

    private HttpResponse<String> post(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder b) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8));
        return http.send(b.header("Authorization", "Basic " + auth).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
