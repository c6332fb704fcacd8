package org.fengqiao.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Triage over HTTP on the real application: the suggestion API and the admin pages, with their access rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TriageWebTests {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void dispatcherGetsTopThreeSuggestionsAsJson() throws Exception {
        HttpResponse<String> r = api("dispatcher", "/api/v1/triage/suggestions",
                "{\"title\":\"学校乱收费\",\"body\":\"孩子所在小学强制补课并收取补课费，请教育局查处\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"category\":\"教育文体\"", "\"autoRoute\"", "\"modelVersion\"");
    }

    @org.springframework.beans.factory.annotation.Autowired
    RetrainJobs retrainJobs;

    @Test
    void enterpriseMayNotUseTheSuggestionApi() throws Exception {
        assertThat(api("enterprise", "/api/v1/triage/suggestions", "{\"title\":\"a\",\"body\":\"b\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void missingBodyIsA400NamingTheField() throws Exception {
        HttpResponse<String> r = api("dispatcher", "/api/v1/triage/suggestions", "{\"title\":\"a\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("body").doesNotContain("Exception");
    }

    @Test
    void adminSeesRoutingTableAndModelVersions() throws Exception {
        HttpClient admin = login("admin");
        HttpResponse<String> routes = get(admin, "/triage/routes?sort=CATEGORY");
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("分拨路由表", "区生态环境分局", "设置路由");
        jdbc.sql("INSERT INTO triage_retrain_job (id, requested_by, state, step, percent, finished_at)"
                + " VALUES (gen_random_uuid(), 'admin', 'DONE', 'done', 100, now())").update();
        HttpResponse<String> models = get(admin, "/triage/models");
        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(models.body()).contains("分类模型版本", "使用中", "训练任务", "已完成");
    }

    @Test
    void aFailedRetrainShowsItsWholeMessageWithTheArgumentsFilledIn() throws Exception {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO triage_retrain_job (id, requested_by, state, step, percent) VALUES (?, 'admin', 'RUNNING',"
                + " 'reading', 0)").params(id).update();
        retrainJobs.failed(id, "triage.error.trainingFile", java.nio.file.Path.of("/nowhere/train.csv"));
        String models = get(login("admin"), "/triage/models").body();
        assertThat(models).contains("无法读取训练文件 /nowhere/train.csv，请设置 fengqiao.triage.training-file")
                .doesNotContain("{0}");
    }

    @Test
    void dispatcherReadsRoutesButCannotSeeModelsOrEdit() throws Exception {
        HttpClient dispatcher = login("dispatcher");
        HttpResponse<String> routes = get(dispatcher, "/triage/routes");
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).doesNotContain("设置路由");
        assertThat(get(dispatcher, "/triage/models").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> api(String user, String path, String json) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient login(String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(http, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + user + "&password=fengqiao-demo&_csrf=" + csrf.group(1);
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return http;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
