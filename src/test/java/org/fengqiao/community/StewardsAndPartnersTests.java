package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Steward recruitment with approval, partner units and the public community page, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StewardsAndPartnersTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    String proposal(String name, String phone, String recruitment, String recommendedBy, String grid) {
        return "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"type\":\"SAFETY\",\"recruitment\":\""
                + recruitment + "\"" + (recommendedBy == null ? "" : ",\"recommendedBy\":\"" + recommendedBy + "\"")
                + ",\"topics\":\"夜间巡逻、 防诈宣传,夜间巡逻\",\"grids\":[\"" + grid + "\"]}";
    }

    @Test
    void aProposedStewardIsPublishedOnlyAfterSomeoneElseApprovesIt() throws Exception {
        String phone = phone();
        HttpResponse<String> proposed = WebSession.api(port, "grid").postJson("/api/v1/community/C01/stewards",
                proposal("欧阳守望", phone, "SELF", null, "G01"));
        assertThat(proposed.statusCode()).isEqualTo(201);
        JsonNode s = json.readTree(proposed.body());
        assertThat(s.get("status").asString()).isEqualTo("PENDING");
        assertThat(s.get("topics").size()).isEqualTo(2);
        assertThat(WebSession.anonymous(port).get("/public/community/C01").body()).doesNotContain("欧**");

        HttpResponse<String> own = WebSession.api(port, "grid").postJson(
                "/api/v1/community/stewards/" + s.get("id").asString() + "/decision", "{\"approve\":true}");
        assertThat(own.statusCode()).isEqualTo(403);

        HttpResponse<String> approved = WebSession.api(port, "officer").postJson(
                "/api/v1/community/stewards/" + s.get("id").asString() + "/decision",
                "{\"approve\":true,\"version\":" + s.get("version").asLong() + "}");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("decidedBy").asString()).isEqualTo("officer");

        String page = WebSession.anonymous(port).get("/public/community/C01").body();
        assertThat(page).contains("欧***").contains("夜间巡逻").doesNotContain("欧阳守望").doesNotContain(phone);

        HttpResponse<String> again = WebSession.api(port, "admin").postJson(
                "/api/v1/community/stewards/" + s.get("id").asString() + "/decision", "{\"approve\":false,\"note\":\"x\"}");
        assertThat(again.statusCode()).isEqualTo(422);
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflict() throws Exception {
        JsonNode s = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/stewards",
                proposal("陈守望", phone(), "MOBILISED", null, "G01")).body());
        HttpResponse<String> stale = WebSession.api(port, "officer").postJson(
                "/api/v1/community/stewards/" + s.get("id").asString() + "/decision",
                "{\"approve\":true,\"version\":" + (s.get("version").asLong() + 5) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void aRejectionNeedsANoteAndARecommendationNeedsTheRecommender() throws Exception {
        HttpResponse<String> noRecommender = WebSession.api(port, "grid").postJson("/api/v1/community/C01/stewards",
                proposal("林守望", phone(), "RECOMMENDED", null, "G01"));
        assertThat(noRecommender.statusCode()).isEqualTo(422);
        assertThat(json.readTree(noRecommender.body()).get("field").asString()).isEqualTo("recommendedBy");

        JsonNode s = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/stewards",
                proposal("林守望", phone(), "RECOMMENDED", "王秀英", "G01")).body());
        assertThat(s.get("recommendedBy").asString()).isEqualTo("王秀英");
        HttpResponse<String> bare = WebSession.api(port, "officer").postJson(
                "/api/v1/community/stewards/" + s.get("id").asString() + "/decision", "{\"approve\":false}");
        assertThat(bare.statusCode()).isEqualTo(422);
        assertThat(json.readTree(bare.body()).get("field").asString()).isEqualTo("note");
    }

    @Test
    void gridAreasMustLieInTheCommunityAndPeopleActOnlyInsideTheirJurisdiction() throws Exception {
        HttpResponse<String> foreignGrid = WebSession.api(port, "grid").postJson("/api/v1/community/C01/stewards",
                proposal("吴守望", phone(), "SELF", null, "G03"));
        assertThat(foreignGrid.statusCode()).isEqualTo(422);
        assertThat(json.readTree(foreignGrid.body()).get("field").asString()).isEqualTo("grids");

        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/C02/stewards",
                proposal("吴守望", phone(), "SELF", null, "G02")).statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "handler").get("/api/v1/community/C01/stewards").statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "officer").get("/api/v1/community/T01/stewards").statusCode()).isEqualTo(404);
    }

    @Test
    void partnersOfferResourcesAndTheirContactsAreMaskedForAuditorsAndThePublic() throws Exception {
        String name = "测试合伙单位" + ThreadLocalRandom.current().nextInt(1_000_000);
        String phone = phone();
        HttpResponse<String> registered = WebSession.api(port, "grid").postJson("/api/v1/community/C01/partners",
                "{\"name\":\"" + name + "\",\"contactName\":\"孙联络\",\"contactPhone\":\"" + phone + "\"}");
        assertThat(registered.statusCode()).isEqualTo(201);
        String id = json.readTree(registered.body()).get("id").asString();
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/C01/partners",
                "{\"name\":\"" + name + "\",\"contactName\":\"孙联络\",\"contactPhone\":\"" + phone + "\"}")
                .statusCode()).isEqualTo(422);

        HttpResponse<String> zero = WebSession.api(port, "grid").postJson("/api/v1/community/partners/" + id
                + "/resources", "{\"kind\":\"VENUE\",\"description\":\"会议室\",\"quantity\":0}");
        assertThat(json.readTree(zero.body()).get("field").asString()).isEqualTo("quantity");
        HttpResponse<String> venue = WebSession.api(port, "grid").postJson("/api/v1/community/partners/" + id
                + "/resources", "{\"kind\":\"VENUE\",\"description\":\"会议室\",\"quantity\":1}");
        assertThat(venue.statusCode()).isEqualTo(201);
        assertThat(json.readTree(venue.body()).get("resources").get(0).get("kind").asString()).isEqualTo("VENUE");

        String audited = WebSession.api(port, "auditor").get("/api/v1/community/C01/partners").body();
        assertThat(audited).contains(name).doesNotContain(phone).contains(phone.substring(7));
        assertThat(WebSession.anonymous(port).get("/public/community/C01").body()).contains(name)
                .doesNotContain(phone).doesNotContain("孙联络");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(2);
    }
}
