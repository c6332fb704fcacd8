package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Joint actions: several parties with tasks, a report channel whose reports become cases, patrols whose findings
 * raise cases, pledges counted once per household against each building's households, and the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static Map<String, String> launch(String title) {
        Map<String, String> form = new HashMap<>(Map.of("title", title, "aim", "举报下降一半",
                "category", "PUBLIC_SAFETY", "hotline", "0575-83001111", "startsOn", LocalDate.now().minusDays(1)
                        .toString(), "endsOn", LocalDate.now().plusDays(30).toString(), "police", "景都警务室",
                "property", "景都物业公司"));
        return form;
    }

    static String path(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void reportsPatrolsAndPledgesOfAJointActionBecomeCasesAndFillItsDashboard() throws Exception {
        WebSession officer = WebSession.browser(port, "officer");
        assertThat(officer.get("/community/C02/campaigns").body()).contains("campaign-form");
        String title = "高空抛物整治" + System.nanoTime();
        String page = path(officer.post("/community/C02/campaigns", launch(title)));
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(officer.get(page).body()).contains(title).contains("景都警务室").contains("景都物业公司");

        assertThat(path(officer.post(page + "/buildings", Map.of("buildings", "1幢 10\n2幢 4")))).startsWith(page);
        officer.get(page);
        path(officer.post(page + "/pledges", Map.of("building", "1幢", "room", "101", "signer", "赵先生")));
        officer.get(page);
        assertThat(officer.post(page + "/pledges", Map.of("building", "1幢", "room", "101", "signer", "赵太太"))
                .statusCode()).isEqualTo(422);
        officer.get(page);
        assertThat(officer.post(page + "/pledges", Map.of("building", "9幢", "room", "1", "signer", "x"))
                .statusCode()).isEqualTo(422);

        officer.get(page);
        path(officer.post(page + "/events", Map.of("kind", "PATROL", "place", "2幢楼下", "note", "夜间巡查",
                "finding", "2幢楼下发现花盆碎片", "building", "2幢")));
        WebSession resident = WebSession.anonymous(port);
        assertThat(resident.get("/public/community/campaigns/" + id).body()).contains("campaign-report-form");
        String received = resident.post("/public/community/campaigns/" + id + "/reports", Map.of("building", "2幢",
                "text", "有人往楼下扔烟头", "name", "吴女士", "phone", ActivitiesTests.phone())).body();
        Matcher number = Pattern.compile("已生成事项 (\\S+)，").matcher(received);
        assertThat(number.find()).as(received).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM cases WHERE number = ? AND channel = 'WEB_FORM'")
                .param(number.group(1)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM community_campaign_report WHERE campaign_id = ?::uuid")
                .param(id).query(Long.class).single()).isEqualTo(2);

        String dashboard = officer.get(page).body();
        assertThat(dashboard).contains("1 / 10 (10%)").contains("0 / 4 (0%)").contains(number.group(1))
                .contains("2幢楼下发现花盆碎片");
        Matcher hot = Pattern.compile("class=\"card hot-building\">\\s*<span>2幢</span>\\s*<strong>2</strong>")
                .matcher(dashboard);
        assertThat(hot.find()).as("2幢 is the hot building with two reports").isTrue();

        assertThat(WebSession.browser(port, "grid").get(page).statusCode()).isEqualTo(403);
        String audited = WebSession.browser(port, "auditor").get(page).body();
        assertThat(audited).contains(title).doesNotContain("pledge-form").doesNotContain("hotline-form");
    }

    @Test
    void tasksGoToTheCampaignsPartiesAndBadInputIsRefusedNamingTheField() throws Exception {
        WebSession officer = WebSession.browser(port, "officer");
        officer.get("/community/C02/campaigns");
        Map<String, String> alone = launch("只有社区");
        alone.remove("police");
        alone.remove("property");
        assertThat(officer.post("/community/C02/campaigns", alone).statusCode()).isEqualTo(422);
        Map<String, String> badPhone = launch("热线错误");
        badPhone.put("hotline", "110");
        officer.get("/community/C02/campaigns");
        assertThat(officer.post("/community/C02/campaigns", badPhone).statusCode()).isEqualTo(422);
        officer.get("/community/C02/campaigns");
        String page = path(officer.post("/community/C02/campaigns", launch("任务分派" + System.nanoTime())));
        String id = page.substring(page.lastIndexOf('/') + 1);
        String police = jdbc.sql("SELECT id::text FROM community_campaign_party WHERE campaign_id = ?::uuid"
                + " AND kind = 'POLICE'").param(id).query(String.class).single();
        officer.get(page);
        path(officer.post(page + "/tasks", Map.of("partyId", police, "title", "法律宣讲",
                "dueOn", LocalDate.now().minusDays(1).toString())));
        assertThat(officer.get(page).body()).contains("法律宣讲").contains("已逾期");
        String task = jdbc.sql("SELECT id::text FROM community_campaign_task WHERE campaign_id = ?::uuid")
                .param(id).query(String.class).single();
        path(officer.post("/community/campaign-tasks/" + task + "/done", Map.of("note", "已在广场宣讲")));
        officer.get(page);
        assertThat(officer.post("/community/campaign-tasks/" + task + "/done", Map.of("note", "again"))
                .statusCode()).isEqualTo(422);
        officer.get(page);
        assertThat(officer.post(page + "/tasks", Map.of("partyId", java.util.UUID.randomUUID().toString(),
                "title", "x", "dueOn", "2026-12-01")).statusCode()).isEqualTo(422);
        officer.get(page);
        assertThat(officer.post(page + "/tasks", Map.of("partyId", police, "title", "x", "dueOn", "下周"))
                .statusCode()).isEqualTo(422);
        assertThat(officer.get("/community/C02/campaigns?state=running").body()).contains("景都社区高空抛物专项整治");
    }

    @Test
    void reportsBecomeCasesAssignedToTheHandlingUnitOrTheLeadPartysUnitAndShowTheirStateOnTheDashboard()
            throws Exception {
        WebSession officer = WebSession.browser(port, "officer");
        officer.get("/community/C02/campaigns");
        Map<String, String> named = launch("承办单位" + System.nanoTime());
        named.put("unit", "U01");
        String page = path(officer.post("/community/C02/campaigns", named));
        String first = report(page, "1幢");
        assertThat(leadUnit(first)).isEqualTo("U01");
        assertThat(status(first)).isEqualTo("ASSIGNED");
        String dashboard = officer.get(page).body();
        assertThat(dashboard).contains("举报生成的事项交 东湖派出所 办理").contains(first).contains("已交办待签收")
                .contains("未办结 (1)");

        officer.get("/community/C02/campaigns");
        Map<String, String> byParty = launch("牵头参与方" + System.nanoTime());
        byParty.put("police", "东湖派出所");
        String second = report(path(officer.post("/community/C02/campaigns", byParty)), "2幢");
        assertThat(leadUnit(second)).as("the police party is the unit U01 and leads").isEqualTo("U01");

        officer.get("/community/C02/campaigns");
        String unrouted = path(officer.post("/community/C02/campaigns", launch("无承办" + System.nanoTime())));
        String third = report(unrouted, "3幢");
        assertThat(leadUnit(third)).isNull();
        assertThat(status(third)).isEqualTo("SUBMITTED");
        assertThat(officer.get(unrouted).body()).contains("未指定承办单位").contains("未交办");
        assertThat(officer.post(unrouted + "/unit", Map.of("unit", "U02")).statusCode())
                .as("西岭派出所 does not serve 景都社区").isEqualTo(422);
        officer.get(unrouted);
        path(officer.post(unrouted + "/unit", Map.of("unit", "U01")));
        String fourth = report(unrouted, "3幢");
        assertThat(leadUnit(fourth)).isEqualTo("U01");
        assertThat(officer.get(unrouted + "?state=open").body()).contains(third).contains(fourth);
        assertThat(officer.get(unrouted + "?state=closed").body()).doesNotContain(fourth);
        assertThat(officer.get(unrouted + "?state=later").statusCode()).isEqualTo(422);
    }

    private String report(String page, String building) throws Exception {
        String id = page.substring(page.lastIndexOf('/') + 1);
        WebSession resident = WebSession.anonymous(port);
        resident.get("/public/community/campaigns/" + id);
        String received = resident.post("/public/community/campaigns/" + id + "/reports",
                Map.of("building", building, "text", "楼上扔下一袋垃圾", "name", "吴女士", "phone",
                        ActivitiesTests.phone())).body();
        Matcher number = Pattern.compile("已生成事项 (\\S+)，").matcher(received);
        assertThat(number.find()).as(received).isTrue();
        return number.group(1);
    }

    private String leadUnit(String number) {
        return jdbc.sql("SELECT u.code FROM cases c LEFT JOIN unit u ON u.id = c.lead_unit_id WHERE c.number = ?")
                .param(number).query(String.class).list().get(0);
    }

    private String status(String number) {
        return jdbc.sql("SELECT status FROM cases WHERE number = ?").param(number).query(String.class).single();
    }
}
