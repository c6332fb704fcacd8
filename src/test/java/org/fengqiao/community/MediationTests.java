package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Mediation over HTTP: parties and mediators, sessions, agreement from the template, follow-ups, workload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediationTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    String open(String mediators) throws Exception {
        HttpResponse<String> r = WebSession.api(port, "grid").postJson("/api/v1/community/C01/mediations",
                "{\"type\":\"NEIGHBOUR\",\"summary\":\"楼上漏水殃及楼下，双方争执赔偿\",\"applicants\":\"楼下 吴先生 13912340011\","
                        + "\"respondents\":\"楼上 郑女士 13912340012\",\"mediators\":\"" + mediators + "\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    @Test
    void anAgreementIsWrittenFromTheTemplateAndFollowedUpAfterSevenAndThirtyDays() throws Exception {
        String id = open("王秀英、老杨");
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id + "/sessions",
                "{\"note\":\"首次调解：双方同意先修复管道\"}").statusCode()).isEqualTo(201);
        JsonNode agreed = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id
                + "/agreement", "{\"terms\":\"一、郑女士于 7 日内修复漏水管道；二、赔偿吴先生装修损失 2000 元。\"}").body());
        assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
        String agreement = agreed.get("agreement").asString();
        assertThat(agreement).startsWith("人民调解协议书").contains("楼下 吴先生").contains("楼上 郑女士")
                .contains("邻里纠纷").contains("赔偿吴先生装修损失 2000 元").contains("王秀英、老杨")
                .doesNotContain("{");

        HttpResponse<String> again = WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id
                + "/sessions", "{\"note\":\"x\"}");
        assertThat(again.statusCode()).isEqualTo(422);

        JsonNode detail = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/mediations/" + id)
                .body());
        assertThat(detail.get("followUps").size()).isEqualTo(2);
        assertThat(detail.get("mediation").get("parties").get(0).get("phone").asString()).contains("****");
        String followUp = detail.get("followUps").get(0).get("id").asString();
        jdbc.sql("UPDATE case_follow_up SET due_on = current_date WHERE id = ?").param(UUID.fromString(followUp))
                .update();
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id + "/follow-ups",
                "{\"followUpId\":\"" + followUp + "\",\"version\":0,\"method\":\"PHONE\",\"holding\":true,"
                        + "\"satisfaction\":5,\"note\":\"管道已修，赔偿已付\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> twice = WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id
                + "/follow-ups", "{\"followUpId\":\"" + followUp + "\",\"version\":1,\"method\":\"PHONE\","
                + "\"holding\":true,\"satisfaction\":5,\"note\":\"x\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json.readTree(twice.body()).get("field").asString()).isEqualTo("status");

        String page = WebSession.browser(port, "grid").get("/community/mediations/" + id + "/agreement").body();
        assertThat(page).contains("人民调解协议书");
    }

    @Test
    void aMediatorsSuccessRateCountsAgreementsAmongFinishedCases() throws Exception {
        String mediator = "调解员" + ThreadLocalRandom.current().nextInt(1_000_000);
        String agreed = open(mediator);
        String referred = open(mediator + "，老杨");
        open(mediator);
        WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + agreed + "/agreement",
                "{\"terms\":\"互相谅解\"}");
        HttpResponse<String> noReason = WebSession.api(port, "grid").postJson("/api/v1/community/mediations/"
                + referred + "/referral", "{\"referredTo\":\"COURT\"}");
        assertThat(json.readTree(noReason.body()).get("field").asString()).isEqualTo("reason");
        WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + referred + "/referral",
                "{\"referredTo\":\"COURT\",\"reason\":\"涉及房屋产权，调解不成\"}");

        JsonNode load = null;
        for (JsonNode w : json.readTree(WebSession.api(port, "officer").get("/api/v1/community/C01/mediators").body())) {
            if (w.get("mediator").asString().equals(mediator)) {
                load = w;
            }
        }
        assertThat(load).isNotNull();
        assertThat(load.get("cases").asLong()).isEqualTo(3);
        assertThat(load.get("open").asLong()).isEqualTo(1);
        assertThat(load.get("successRate").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aMediationNeedsBothSidesWithPhonesAndStaffOfTheCommunity() throws Exception {
        HttpResponse<String> noRespondent = WebSession.api(port, "grid").postJson("/api/v1/community/C01/mediations",
                "{\"type\":\"FAMILY\",\"summary\":\"x\",\"applicants\":\"张三 13912340011\",\"mediators\":\"老杨\"}");
        assertThat(json.readTree(noRespondent.body()).get("field").asString()).isEqualTo("respondents");
        HttpResponse<String> badPhone = WebSession.api(port, "grid").postJson("/api/v1/community/C01/mediations",
                "{\"type\":\"FAMILY\",\"summary\":\"x\",\"applicants\":\"张三 123\",\"respondents\":\"李四 13912340012\","
                        + "\"mediators\":\"老杨\"}");
        assertThat(json.readTree(badPhone.body()).get("field").asString()).isEqualTo("applicants");
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/C02/mediations",
                "{\"type\":\"FAMILY\",\"summary\":\"x\",\"applicants\":\"张三 13912340011\",\"respondents\":\"李四 13912340012\","
                        + "\"mediators\":\"老杨\"}").statusCode()).isEqualTo(403);
    }
}
