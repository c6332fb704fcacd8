package org.fengqiao.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Intake triage on the real application: machine routing above the threshold, the queue below it, corrections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fengqiao.triage.auto-route=true")
class TriageIntakeTests {

    static final String SURE_TITLE = "学校乱收费";
    static final String SURE_BODY = "孩子所在小学强制学生参加补课并收取补课费，每学期每人一千元，请教育局查处学校乱收费。";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Triage triage;

    @Test
    void aSureCaseIsAcceptedAndAssignedByTheSystemToTheCategorysUnit() throws Exception {
        assertThat(triage.suggest(SURE_TITLE, SURE_BODY).autoRoute()).isTrue();
        String id = submit(SURE_TITLE, SURE_BODY);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("ASSIGNED"));
        JsonNode c = json.readTree(WebSession.api(port, "dispatcher").get("/api/v1/cases/" + id).body());
        assertThat(c.get("leadUnit").get("code").asString()).isEqualTo("U08");
        JsonNode history = c.get("history");
        assertThat(history.get(1).get("action").asString()).isEqualTo("ACCEPT");
        assertThat(history.get(2).get("action").asString()).isEqualTo("ASSIGN");
        assertThat(history.get(2).get("channel").asString()).isEqualTo("SYSTEM");
        assertThat(history.get(2).get("note").asString()).contains("智能分拨", "教育文体");
        assertThat(outcome(id)).isEqualTo("AUTO_ROUTED");
    }

    @Test
    void anUnsureCaseWaitsInTheQueueWithItsTopThreeAndTheDispatchersPickIsStoredAsACorrection() throws Exception {
        Suggestion unsure = triage.suggest("情况反映", "！！！？？？");
        assertThat(unsure.autoRoute()).isFalse();
        String id = submit("情况反映", "！！！？？？");
        await().atMost(Duration.ofSeconds(20)).until(() -> "QUEUED".equals(outcome(id)));
        assertThat(status(id)).isEqualTo("SUBMITTED");

        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        String queue = dispatcher.get("/triage/queue?newest=true").body();
        assertThat(queue).contains("/triage/queue/" + id + "/pick");
        for (CategoryScore s : unsure.top()) {
            assertThat(queue).contains("value=\"" + s.category() + "\"");
        }
        String other = unsure.top().get(1).category();
        HttpResponse<String> picked = dispatcher.post("/triage/queue/" + id + "/pick", Map.of("category", other));
        assertThat(picked.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("ASSIGNED"));
        assertThat(outcome(id)).isEqualTo("PICKED");
        assertThat(jdbc.sql("SELECT predicted || '>' || corrected FROM triage_correction WHERE case_id = ?")
                .param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo(unsure.best().category() + ">" + other);
        assertThat(dispatcher.get("/triage/queue?newest=true").body()).doesNotContain(id);
    }

    @Test
    void theCasePageLoadsTheTriagePanelWithTheSuggestion() throws Exception {
        String id = submit("情况反映", "？？？");
        await().atMost(Duration.ofSeconds(20)).until(() -> outcome(id) != null);
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        assertThat(dispatcher.get("/casework/cases/" + id).body()).contains("/triage/cases/" + id);
        String panel = dispatcher.get("/triage/cases/" + id).body();
        assertThat(panel).contains("智能分拨", "等待人工分拨", "%");
        assertThat(WebSession.browser(port, "enterprise").get("/triage/cases/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void theDispatcherMergesADuplicateFromTheCandidatesOnTheTriagePanelAndItLeavesTheOpenCases() throws Exception {
        String text = "枫溪路八号门前的下水道井盖破损塌陷已经一个多星期，晚上行人和电动车经过非常危险，请尽快派人维修更换井盖";
        String first = submit("下水道井盖破损", text);
        String second = submit("井盖破损很危险", text + "。");
        await().atMost(Duration.ofSeconds(20)).until(() -> outcome(first) != null && outcome(second) != null);
        long version = jdbc.sql("SELECT version FROM cases WHERE id = ?").param(UUID.fromString(second))
                .query(Long.class).single();
        String number = jdbc.sql("SELECT number FROM cases WHERE id = ?").param(UUID.fromString(first))
                .query(String.class).single();
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        String panel = dispatcher.get("/triage/cases/" + second + "?v=" + version).body();
        assertThat(panel).contains(number, "/casework/cases/" + second + "/merge", "并入此件");
        assertThat(WebSession.browser(port, "handler").get("/triage/cases/" + second + "?v=" + version).body())
                .doesNotContain("/merge");
        HttpResponse<String> merged = dispatcher.post("/casework/cases/" + second + "/merge",
                Map.of("version", String.valueOf(version), "target", number));
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(status(second)).isEqualTo("CLOSED");
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.sql("SELECT open FROM triage_case WHERE case_id = ?")
                .param(UUID.fromString(second)).query(Boolean.class).single());
        assertThat(dispatcher.get("/triage/cases/" + first + "?v=0").body()).doesNotContain(second);
    }

    @Test
    void pickingAnUnknownCategoryAnswers422AndChangesNothing() throws Exception {
        String id = submit("情况反映", "。。。");
        await().atMost(Duration.ofSeconds(20)).until(() -> "QUEUED".equals(outcome(id)));
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        dispatcher.get("/triage/queue");
        HttpResponse<String> r = dispatcher.post("/triage/queue/" + id + "/pick", Map.of("category", "天气"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("未知的类别");
        assertThat(outcome(id)).isEqualTo("QUEUED");
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    private String submit(String title, String body) throws Exception {
        HttpResponse<String> r = postJson("/api/v1/cases", """
                {"title":"%s","description":"%s","category":"OTHER","channel":"PHONE",
                 "reporter":{"name":"张三","phone":"13912345678"},"address":"枫溪路8号","jurisdiction":"C01"}"""
                .formatted(title, body));
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "dispatcher:fengqiao-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM cases WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single();
    }

    private String outcome(String id) {
        return jdbc.sql("SELECT outcome FROM triage_case WHERE case_id = ?").param(UUID.fromString(id))
                .query(String.class).optional().orElse(null);
    }
}
