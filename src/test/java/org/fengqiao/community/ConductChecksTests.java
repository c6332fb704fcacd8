package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 三查三看: the station's own officers check a team daily, failures become findings rectified by a deadline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConductChecksTests {

    private static final Pattern ITEM = Pattern.compile("name=\"item-([0-9a-f-]{36})\"");

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    static List<String> items(String form) {
        List<String> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(form);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    static Map<String, String> answers(List<String> ids, String team) {
        Map<String, String> form = new HashMap<>();
        ids.forEach(id -> form.put("item-" + id, "pass"));
        form.put("team", team);
        return form;
    }

    @Test
    void aFailedItemBecomesAFindingThatIsRectifiedOnceAndTheTeamIsScoredForTheMonth() throws Exception {
        WebSession officer = WebSession.browser(port, "officer");
        String form = officer.get("/community/conduct/U01/check").body();
        assertThat(form).contains("查纪律作风").contains("看群众满意度").contains("conduct-form");
        List<String> ids = items(form);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
        String team = "巡逻" + System.nanoTime() % 100000 + "组";

        Map<String, String> noNote = answers(ids, team);
        noNote.put("item-" + ids.get(0), "fail");
        assertThat(officer.post("/community/conduct/U01/checks", noNote).statusCode()).isEqualTo(422);

        officer.get("/community/conduct/U01/check");
        Map<String, String> check = answers(ids, team);
        check.put("item-" + ids.get(0), "fail");
        check.put("note-" + ids.get(0), "值班民警迟到二十分钟");
        assertThat(officer.post("/community/conduct/U01/checks", check).statusCode()).isEqualTo(302);
        officer.get("/community/conduct/U01/check");
        assertThat(officer.post("/community/conduct/U01/checks", check).statusCode()).as("one check a team a day")
                .isEqualTo(422);

        String open = officer.get("/community/conduct/U01/findings?state=open").body();
        assertThat(open).contains("值班民警迟到二十分钟").contains(team);
        String finding = null;
        int at = open.indexOf("值班民警迟到二十分钟");
        Matcher all = Pattern.compile("/community/conduct/findings/([0-9a-f-]{36})/rectify").matcher(open);
        while (all.find()) {
            if (all.start() > at) {
                finding = all.group(1);
                break;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(officer.post("/community/conduct/findings/" + finding + "/rectify", Map.of("note", "已谈话提醒"))
                .statusCode()).isEqualTo(302);
        officer.get("/community/conduct/U01/findings?state=rectified");
        assertThat(officer.post("/community/conduct/findings/" + finding + "/rectify", Map.of("note", "again"))
                .statusCode()).isEqualTo(422);
        assertThat(officer.get("/community/conduct/U01/findings?state=rectified").body()).contains("已谈话提醒");

        String month = officer.get("/community/conduct/U01").body();
        double expected = Math.round((ids.size() - 1) * 1000.0 / ids.size()) / 10.0;
        assertThat(month).contains(team).contains(String.valueOf(expected)).contains("check-link")
                .contains("satisfaction");
        assertThat(officer.get("/community/conduct/U01?month=2026-13").statusCode()).isEqualTo(422);
        assertThat(officer.get("/community/conduct/U01/findings?state=later").statusCode()).isEqualTo(422);
    }

    @Test
    void onlyTheStationsOwnPeopleCheckAuditorsReadAndItemsAreTheStationsOwn() throws Exception {
        WebSession auditor = WebSession.browser(port, "auditor");
        assertThat(auditor.get("/community/conduct").body()).contains("东湖派出所").contains("西岭派出所");
        assertThat(auditor.get("/community/conduct/U01").body()).contains("东湖派出所").doesNotContain("check-link");
        assertThat(auditor.get("/community/conduct/U01/check").statusCode()).isEqualTo(403);
        assertThat(WebSession.browser(port, "head").get("/community/conduct/U01").statusCode()).isEqualTo(403);
        assertThat(WebSession.browser(port, "grid").get("/community/conduct/U01/check").statusCode()).isEqualTo(403);
        assertThat(WebSession.browser(port, "enterprise").get("/community/conduct").statusCode()).isEqualTo(403);
        assertThat(WebSession.browser(port, "officer").get("/community/conduct/U02/check").statusCode())
                .isEqualTo(403);
        assertThat(WebSession.browser(port, "officer").get("/community/conduct/U03").statusCode()).isEqualTo(404);

        WebSession officer = WebSession.browser(port, "officer");
        officer.get("/community/conduct/U01/items");
        String text = "接处警登记完整" + System.nanoTime() % 10000;
        assertThat(officer.post("/community/conduct/U01/items", Map.of("dimension", "LAW_ENFORCEMENT", "text", text))
                .statusCode()).isEqualTo(302);
        officer.get("/community/conduct/U01/items");
        assertThat(officer.post("/community/conduct/U01/items", Map.of("dimension", "LAW_ENFORCEMENT", "text", text))
                .statusCode()).isEqualTo(422);
        officer.get("/community/conduct/U01/items");
        assertThat(officer.post("/community/conduct/U01/items", Map.of("dimension", "LUCK", "text", "x"))
                .statusCode()).isEqualTo(422);
        String items = officer.get("/community/conduct/U01/items").body();
        int at = items.indexOf(text);
        Matcher retire = Pattern.compile("/community/conduct/items/([0-9a-f-]{36})/retire").matcher(items);
        String id = null;
        while (retire.find()) {
            if (retire.start() > at) {
                id = retire.group(1);
                break;
            }
        }
        assertThat(officer.get("/community/conduct/U01/check").body()).contains(text);
        assertThat(officer.post("/community/conduct/items/" + id + "/retire", Map.of()).statusCode()).isEqualTo(302);
        assertThat(officer.get("/community/conduct/U01/check").body()).doesNotContain(text);
    }

    @Test
    void conductChecksAreForPoliceOnlyAdminsReadAndKeepItemsButNeverCheckAndEveryChangeIsAudited() throws Exception {
        WebSession grid = WebSession.browser(port, "grid");
        assertThat(grid.get("/community").body()).as("no 三查三看 link for a grid worker")
                .doesNotContain("href=\"/community/conduct\"");
        assertThat(grid.get("/community/conduct").statusCode()).isEqualTo(403);
        assertThat(grid.get("/community/conduct/U01").statusCode()).isEqualTo(403);
        assertThat(WebSession.browser(port, "head").get("/community/conduct").statusCode())
                .as("the head of the market regulator is no police head").isEqualTo(403);
        WebSession officer = WebSession.browser(port, "officer");
        assertThat(officer.get("/community").body()).contains("href=\"/community/conduct\"");
        assertThat(officer.get("/community/conduct").body()).contains("东湖派出所").doesNotContain("西岭派出所");

        WebSession admin = WebSession.browser(port, "admin");
        assertThat(admin.get("/community/conduct/U01").body()).contains("东湖派出所").doesNotContain("check-link");
        assertThat(admin.get("/community/conduct/U01/check").statusCode()).isEqualTo(403);
        List<String> ids = items(officer.get("/community/conduct/U01/check").body());
        admin.get("/community/conduct/U01");
        assertThat(admin.post("/community/conduct/U01/checks", answers(ids, "管理员代查")).statusCode())
                .as("an administrator is no checker of the station").isEqualTo(403);
        admin.get("/community/conduct/U01/items");
        String text = "案件卷宗当日归档" + System.nanoTime() % 10000;
        assertThat(admin.post("/community/conduct/U01/items", Map.of("dimension", "LAW_ENFORCEMENT", "text", text))
                .statusCode()).isEqualTo(302);

        String team = "社区" + System.nanoTime() % 100000 + "组";
        officer.get("/community/conduct/U01/check");
        assertThat(officer.post("/community/conduct/U01/checks", answers(items(officer.get(
                "/community/conduct/U01/check").body()), team)).statusCode()).isEqualTo(302);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'community.conduct.item'"
                    + " AND actor = 'admin' AND detail = ?").param(text).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'community.conduct.check'"
                    + " AND actor = 'officer' AND detail LIKE ?").param(team + " %").query(Long.class).single())
                    .isEqualTo(1);
        });
    }
}
