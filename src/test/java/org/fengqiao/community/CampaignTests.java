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
}
