package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON API of joint actions and 三查三看: lists page and filter, figures match what was recorded, the community
 * and station rules hold, and names are masked for roles that may not see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignAndConductApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    JsonNode read(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    @Test
    void aCampaignsReportsCasesPledgesAndPatrolsArePagedFilteredAndMaskedThroughTheApi() throws Exception {
        WebSession officer = WebSession.api(port, "officer");
        String launch = "{\"title\":\"API高空抛物" + System.nanoTime() + "\",\"aim\":\"举报下降\",\"category\":"
                + "\"PUBLIC_SAFETY\",\"hotline\":\"0575-83001112\",\"startsOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"endsOn\":\"" + LocalDate.now().plusDays(30) + "\",\"police\":\"东湖派出所\","
                + "\"property\":\"景都物业公司\"}";
        JsonNode detail = read(officer.postJson("/api/v1/community/C02/campaigns", launch), 201);
        String id = detail.get("campaign").get("id").asString();
        assertThat(detail.get("handler").get("unitCode").asString()).isEqualTo("U01");
        assertThat(detail.get("handler").get("reason").asString()).isEqualTo("leadParty");

        read(officer.postJson("/api/v1/community/campaigns/" + id + "/buildings", "{\"buildings\":\"5幢 8\\n6幢 2\"}"),
                200);
        read(officer.postJson("/api/v1/community/campaigns/" + id + "/pledges",
                "{\"building\":\"5幢\",\"room\":\"101\",\"signer\":\"欧阳先生\"}"), 201);
        JsonNode figures = read(officer.postJson("/api/v1/community/campaigns/" + id + "/pledges",
                "{\"building\":\"6幢\",\"room\":\"201\",\"signer\":\"韩女士\"}"), 201);
        assertThat(figures.get("households").asLong()).isEqualTo(10);
        assertThat(figures.get("pledged").asLong()).isEqualTo(2);

        read(officer.postJson("/api/v1/community/campaigns/" + id + "/events", "{\"kind\":\"PROMOTION\","
                + "\"place\":\"广场\",\"note\":\"宣传，咨询电话 13912340000\",\"people\":40}"), 201);
        JsonNode patrol = read(officer.postJson("/api/v1/community/campaigns/" + id + "/events", "{\"kind\":"
                + "\"PATROL\",\"place\":\"5幢楼下\",\"note\":\"夜巡\",\"finding\":\"发现碎玻璃\",\"building\":\"5幢\"}"),
                201);
        assertThat(patrol.get("caseNumber").asString()).isNotBlank();
        JsonNode hotline = read(officer.postJson("/api/v1/community/campaigns/" + id + "/reports", "{\"building\":"
                + "\"6幢\",\"text\":\"楼上扔烟头\",\"name\":\"郑先生\",\"phone\":\"" + ActivitiesTests.phone() + "\"}"),
                201);
        assertThat(hotline.get("source").asString()).isEqualTo("HOTLINE");
        assertThat(hotline.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(hotline.get("unitName").asString()).isEqualTo("东湖派出所");

        JsonNode reports = read(officer.get("/api/v1/community/campaigns/" + id + "/reports?size=1"), 200);
        assertThat(reports.get("total").asLong()).isEqualTo(2);
        assertThat(reports.get("items")).hasSize(1);
        JsonNode patrols = read(officer.get("/api/v1/community/campaigns/" + id + "/reports?source=PATROL"), 200);
        assertThat(patrols.get("total").asLong()).isEqualTo(1);
        assertThat(patrols.get("items").get(0).get("caseNumber").asString())
                .isEqualTo(patrol.get("caseNumber").asString());
        assertThat(read(officer.get("/api/v1/community/campaigns/" + id + "/cases?state=open"), 200).get("total")
                .asLong()).isEqualTo(2);
        assertThat(read(officer.get("/api/v1/community/campaigns/" + id + "/cases?state=closed"), 200).get("total")
                .asLong()).isZero();
        JsonNode dashboard = read(officer.get("/api/v1/community/campaigns/" + id + "/dashboard"), 200);
        assertThat(dashboard.get("reports").asLong()).isEqualTo(2);
        assertThat(dashboard.get("caseStates").get("ASSIGNED").asLong()).isEqualTo(2);
        assertThat(read(officer.get("/api/v1/community/campaigns/" + id + "/events?kind=PATROL"), 200).get("total")
                .asLong()).isEqualTo(1);

        WebSession auditor = WebSession.api(port, "auditor");
        String pledges = auditor.get("/api/v1/community/campaigns/" + id + "/pledges?building="
                + java.net.URLEncoder.encode("5幢", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(pledges).contains("欧**").doesNotContain("欧阳先生").doesNotContain("韩");
        assertThat(officer.get("/api/v1/community/campaigns/" + id + "/pledges").body()).contains("欧阳先生");
        assertThat(auditor.get("/api/v1/community/campaigns/" + id + "/events").body()).doesNotContain("13912340000")
                .contains("139****0000");
        assertThat(auditor.postJson("/api/v1/community/campaigns/" + id + "/reports", "{\"building\":\"6幢\","
                + "\"text\":\"x\",\"name\":\"y\",\"phone\":\"13912345678\"}").statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "grid").get("/api/v1/community/campaigns/" + id).statusCode())
                .as("the grid worker of C01 does not cover C02").isEqualTo(403);
        assertThat(WebSession.api(port, "handler").get("/api/v1/community/C02/campaigns").statusCode())
                .isEqualTo(403);
        JsonNode running = read(officer.get("/api/v1/community/C02/campaigns?state=running&size=1"), 200);
        assertThat(running.get("items")).hasSize(1);
        assertThat(running.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(read(officer.get("/api/v1/community/C02/campaigns?state=soon"), 422).get("field").asString())
                .isEqualTo("state");
        assertThat(read(officer.putJson("/api/v1/community/campaigns/" + id + "/unit", "{\"unit\":\"U02\"}"), 422)
                .get("field").asString()).isEqualTo("unit");
    }

    @Test
    void aStationsChecksFindingsAndMonthlyScoresAreReadAndRecordedThroughTheApiByItsOwnOfficers()
            throws Exception {
        WebSession officer = WebSession.api(port, "officer");
        JsonNode stations = read(officer.get("/api/v1/community/conduct/stations"), 200);
        assertThat(stations).hasSize(1);
        assertThat(stations.get(0).get("code").asString()).isEqualTo("U01");
        assertThat(WebSession.api(port, "grid").get("/api/v1/community/conduct/stations").statusCode())
                .isEqualTo(403);

        JsonNode items = read(officer.get("/api/v1/community/conduct/U01/items"), 200);
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
        String team = "API" + System.nanoTime() % 100000 + "组";
        StringBuilder answers = new StringBuilder();
        for (String i : ids) {
            answers.append(answers.isEmpty() ? "" : ",").append('"').append(i).append("\":\"")
                    .append(i.equals(ids.get(1)) ? "fail" : "pass").append('"');
        }
        String body = "{\"team\":\"" + team + "\",\"answers\":{" + answers + "},\"notes\":{\"" + ids.get(1)
                + "\":\"执法记录仪未开启\"},\"rectifyDays\":2}";
        assertThat(WebSession.api(port, "admin").postJson("/api/v1/community/conduct/U01/checks", body).statusCode())
                .isEqualTo(403);
        read(officer.postJson("/api/v1/community/conduct/U01/checks", body), 201);
        assertThat(read(officer.postJson("/api/v1/community/conduct/U01/checks", body), 422).get("field").asString())
                .isEqualTo("team");

        JsonNode checks = read(officer.get("/api/v1/community/conduct/U01/checks?team="
                + java.net.URLEncoder.encode(team, java.nio.charset.StandardCharsets.UTF_8)), 200);
        assertThat(checks.get("total").asLong()).isEqualTo(1);
        assertThat(checks.get("items").get(0).get("answers").asLong()).isEqualTo(ids.size());
        assertThat(checks.get("items").get(0).get("passed").asLong()).isEqualTo(ids.size() - 1);
        assertThat(checks.get("items").get(0).get("checker").asString()).isEqualTo("officer");
        JsonNode open = read(officer.get("/api/v1/community/conduct/U01/findings?state=open&size=200"), 200);
        String finding = null;
        for (JsonNode f : open.get("items")) {
            if (f.get("team").asString().equals(team)) {
                finding = f.get("id").asString();
                assertThat(f.get("dueOn").asString()).isEqualTo(LocalDate.now().plusDays(2).toString());
            }
        }
        assertThat(finding).isNotNull();
        JsonNode rectified = read(officer.postJson("/api/v1/community/conduct/findings/" + finding + "/rectify",
                "{\"note\":\"已当面提醒并复查\"}"), 200);
        assertThat(rectified.get("rectification").asString()).isEqualTo("已当面提醒并复查");
        assertThat(rectified.get("rectifiedBy").asString()).isEqualTo("officer");

        JsonNode scores = read(WebSession.api(port, "auditor").get("/api/v1/community/conduct/U01/scores"), 200);
        JsonNode mine = null;
        for (JsonNode t : scores.get("teams")) {
            if (t.get("team").asString().equals(team)) {
                mine = t;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("answers").asLong()).isEqualTo(ids.size());
        assertThat(mine.get("findings").asLong()).isEqualTo(1);
        assertThat(mine.get("open").asLong()).isZero();
        assertThat(mine.get("passed").asLong()).isEqualTo(ids.size() - 1);
        assertThat(mine.get("checks").asLong()).isEqualTo(1);
        assertThat(read(officer.get("/api/v1/community/conduct/U01/scores?month=2026-13"), 422).get("field")
                .asString()).isEqualTo("month");
        assertThat(WebSession.api(port, "officer").get("/api/v1/community/conduct/U02/items").statusCode())
                .isEqualTo(403);
    }
}
