package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Penalties and the filing register over JSON: a department records a decision, lists it by month and kind, the
 * district files a major one; refusals are problem+json naming the field, and roles outside enforcement are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnforcementApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    ObjectMapper json;

    List<String> ids(HttpResponse<String> r) {
        List<String> out = new ArrayList<>();
        json.readTree(r.body()).get("items").forEach(i -> out.add(i.get("id").asString()));
        return out;
    }

    @Test
    void aDepartmentRecordsAMajorFineOverJsonAndTheDistrictFilesItIntoTheRegister() throws Exception {
        UUID firm = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' ORDER BY random() "
                + "LIMIT 1").query(UUID.class).single();
        UUID market = units.findByCode("U03").orElseThrow().id();
        String month = YearMonth.now().toString();
        String doc = "枫市监罚〔" + System.nanoTime() + "〕号";
        WebSession handler = WebSession.api(port, "handler");
        WebSession admin = WebSession.api(port, "admin");

        HttpResponse<String> created = handler.postJson("/api/v1/inspection/decisions", """
                {"enterpriseId":"%s","unitId":"%s","kind":"FINE","fineYuan":150000,"documentNumber":"%s",
                 "summary":"经营超过保质期的食品","legalBasis":"《食品安全法》第一百二十四条","decidedOn":"%s"}"""
                .formatted(firm, market, doc, LocalDate.now()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode decision = json.readTree(created.body());
        String id = decision.get("id").asString();
        assertThat(decision.get("major").asBoolean()).isTrue();
        assertThat(decision.get("filingDue").asString()).isEqualTo(LocalDate.now().plusDays(15).toString());

        assertThat(ids(handler.get("/api/v1/inspection/decisions?month=" + month + "&kind=FINE&size=100")))
                .contains(id);
        assertThat(ids(handler.get("/api/v1/inspection/decisions?month=" + month + "&kind=WARNING&size=100")))
                .doesNotContain(id);
        assertThat(ids(admin.get("/api/v1/inspection/filing-register?month=" + month + "&filed=false&size=100")))
                .contains(id);
        assertThat(handler.postJson("/api/v1/inspection/decisions", """
                {"enterpriseId":"%s","unitId":"%s","kind":"WARNING","documentNumber":"%s-警告",
                 "summary":"价签不规范","legalBasis":"《价格法》第十三条","decidedOn":"%s"}"""
                .formatted(firm, market, doc, LocalDate.now())).statusCode()).isEqualTo(201);
        HttpResponse<String> firstPage = admin.get("/api/v1/inspection/decisions?month=" + month + "&size=1");
        assertThat(json.readTree(firstPage.body()).get("items")).hasSize(1);
        assertThat(json.readTree(firstPage.body()).get("more").asBoolean()).isTrue();

        long version = decision.get("version").asLong();
        assertThat(handler.postJson("/api/v1/inspection/decisions/" + id + "/filing", "{\"version\":" + version + "}")
                .statusCode()).as("only the district files").isEqualTo(403);
        HttpResponse<String> filed = admin.postJson("/api/v1/inspection/decisions/" + id + "/filing",
                "{\"version\":" + version + "}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        assertThat(json.readTree(filed.body()).get("filingNumber").asString()).startsWith("BA-");
        assertThat(ids(admin.get("/api/v1/inspection/filing-register?month=" + month + "&filed=true&size=100")))
                .contains(id);
        HttpResponse<String> again = admin.postJson("/api/v1/inspection/decisions/" + id + "/filing",
                "{\"version\":" + (version + 1) + "}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(WebSession.api(port, "auditor").get("/api/v1/inspection/decisions/" + id).statusCode())
                .isEqualTo(200);
        assertThat(WebSession.api(port, "officer").get("/api/v1/inspection/decisions/" + id).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.api(port, "enterprise").get("/api/v1/inspection/filing-register").statusCode())
                .isEqualTo(403);
    }

    @Test
    void badDecisionsAndFiltersAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        UUID firm = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' ORDER BY random() "
                + "LIMIT 1").query(UUID.class).single();
        long before = jdbc.sql("SELECT count(*) FROM enforcement_decision").query(Long.class).single();
        WebSession handler = WebSession.api(port, "handler");

        HttpResponse<String> badKind = handler.postJson("/api/v1/inspection/decisions", """
                {"enterpriseId":"%s","kind":"JAIL","documentNumber":"X-%s","summary":"s","legalBasis":"b",
                 "decidedOn":"%s"}""".formatted(firm, System.nanoTime(), LocalDate.now()));
        assertThat(badKind.statusCode()).isEqualTo(422);
        assertThat(json.readTree(badKind.body()).get("field").asString()).isEqualTo("kind");
        HttpResponse<String> future = handler.postJson("/api/v1/inspection/decisions", """
                {"enterpriseId":"%s","kind":"WARNING","documentNumber":"X-%s","summary":"s","legalBasis":"b",
                 "decidedOn":"%s"}""".formatted(firm, System.nanoTime(), LocalDate.now().plusDays(2)));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(json.readTree(future.body()).get("field").asString()).isEqualTo("decidedOn");
        assertThat(handler.postJson("/api/v1/inspection/decisions", "{\"decidedOn\":\"yesterday\"}").statusCode())
                .isEqualTo(400);
        assertThat(json.readTree(handler.get("/api/v1/inspection/decisions?size=0").body()).get("field")
                .asString()).isEqualTo("size");
        assertThat(json.readTree(handler.get("/api/v1/inspection/decisions?kind=JAIL").body()).get("field")
                .asString()).isEqualTo("kind");
        assertThat(json.readTree(handler.get("/api/v1/inspection/filing-register?month=2026-13").body())
                .get("field").asString()).isEqualTo("month");
        assertThat(jdbc.sql("SELECT count(*) FROM enforcement_decision").query(Long.class).single())
                .isEqualTo(before);
    }
}
