package org.fengqiao.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInSecurityTests {

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void accountLocksAfterFiveWrongPasswordsEvenForTheRightOneAfterwards() throws Exception {
        String name = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        people.add(name, "锁定测试", null, "right-password", Set.of(Role.AUDITOR), Set.of(), Set.of());
        assertThat(me(basic(name, "right-password")).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(me(basic(name, "wrong")).statusCode()).isEqualTo(401);
        }
        assertThat(me(basic(name, "right-password")).statusCode()).isEqualTo(401);
    }

    @Test
    void bearerTokenActsAsItsOwnerUntilRevoked() throws Exception {
        Person dispatcher = people.findByUsername("dispatcher").orElseThrow();
        String secret = tokens.issue(dispatcher.id(), "测试令牌");
        HttpResponse<String> ok = me("Bearer " + secret);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"username\":\"dispatcher\"", "DISPATCHER");
        tokens.of(dispatcher.id()).stream().filter(t -> t.name().equals("测试令牌"))
                .forEach(t -> tokens.revoke(dispatcher.id(), t.id()));
        assertThat(me("Bearer " + secret).statusCode()).isEqualTo(401);
        assertThat(me("Bearer fq_forged").statusCode()).isEqualTo(401);
    }

    @Test
    void aClientIssuesItsOwnTokenWithBasicAuthAndThenUsesIt() throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/me/tokens?name=etl"))
                .header("Authorization", basic("auditor", "fengqiao-demo"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(me("Bearer " + token).body()).contains("\"username\":\"auditor\"");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> me(String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }
}
