package org.fengqiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell on the real embedded PostgreSQL: public pages open, the API demands credentials in problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebShellTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void frontPageSpeaksChineseByDefault() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("我要反映问题", "lang=\"zh-CN\"");
    }

    @Test
    void pagesCarryTheMenusThePersonMayUseAndApiAnswersCarryNone() throws Exception {
        String admin = org.fengqiao.WebSession.browser(port, "admin").get("/casework/cases").body();
        assertThat(admin).contains("事项办理", "联合检查", "社区治理", "数据统计", "系统管理");
        String enterprise = org.fengqiao.WebSession.browser(port, "enterprise").get("/home").body();
        assertThat(enterprise).doesNotContain("href=\"/audit\"");
        assertThat(admin).contains("href=\"/audit\"");
        String api = org.fengqiao.WebSession.api(port, "admin").get("/api/v1/me").body();
        assertThat(api).doesNotContain("navLinks", "navGroups", "事项办理");
    }

    @Test
    void frontPageSwitchesToEnglish() throws Exception {
        assertThat(get("/?lang=en").body()).contains("Report a problem");
    }

    @Test
    void apiWithoutCredentialsGetsProblemJson() throws Exception {
        HttpResponse<String> r = get("/api/v1/units");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("请先登录").doesNotContain("Exception");
    }

    @Test
    void aMangledLanguageCookieFallsBackToChineseInsteadOfFailing() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Cookie", "fengqiao-lang=%%%").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("我要反映问题");
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        HttpResponse<String> r = get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anUnknownAddressShowsTheProblemPageInChineseToABrowserAndLocalisedProblemJsonToOthers() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/no-such-page")).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("请求的地址不存在", "lang=\"zh-CN\"").doesNotContain("No static resource");

        HttpResponse<String> machine = get("/public/no-such-page");
        assertThat(machine.statusCode()).isEqualTo(404);
        assertThat(machine.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(machine.body()).contains("请求的地址不存在").doesNotContain("No static resource");
    }

    @Test
    void aPageOpenedWithTheWrongMethodIsRefusedWith405InChinese() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/community/activities/00000000-0000-0000-0000-000000000000/signups"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).contains("不支持的请求方法 GET").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
