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

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
