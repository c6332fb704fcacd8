package org.fengqiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Input the fuzzer found that failed every page with a 500: refused or ignored, never an error page from Tomcat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLanguageParameterThatIsNoLocaleKeepsTheCurrentLanguage() throws Exception {
        for (String lang : new String[] {"%F0%9F%98%80", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%2500", "%5B%5B%24%7B7*7%7D%5D%5D"}) {
            HttpResponse<String> page = get("/?lang=" + lang);
            assertThat(page.statusCode()).as(lang).isEqualTo(200);
            assertThat(page.body()).contains("我要反映问题").doesNotContain("Exception", "java.lang");
        }
    }

    @Test
    void anApiCallWithAMangledLanguageParameterIsAnsweredInTheDefaultLanguage() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/cases/not-a-case?lang=%F0%9F%98%80")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("dispatcher:fengqiao-demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("Exception", "java.lang");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
