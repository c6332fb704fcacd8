package org.fengqiao.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Checklists close item by item as their cases close; hotspots rise week over week; odd texts never throw. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChecklistTests {

    static final List<String> DISTRICT = List.of("/D01/");
    static final String TOWN = "/D01/T01/";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Checklists checklists;
    @Autowired
    Hotspots hotspots;
    @Autowired
    Triage triage;

    @Test
    void aChecklistItemIsTickedOffWhenItsCaseClosesAndTheListWhenAllAre() throws Exception {
        String title = "学校乱收费";
        String body = "孩子所在小学强制学生参加补课并收取补课费，每学期每人一千元，请教育局查处学校乱收费。";
        String category = triage.suggest(title, body).best().category();
        Checklists.Checklist before = list(category);
        String first = submit(title, body);
        String second = submit(title, body + "另外食堂也收费。");
        await().atMost(Duration.ofSeconds(20)).until(() -> list(category).items() == before.items() + 2);
        assertThat(list(category).closed()).isEqualTo(before.closed());

        assertThat(command(first, "accept", "{\"version\":0}")).isEqualTo(200);
        assertThat(command(first, "close", "{\"version\":1,\"note\":\"已核实办结\"}")).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> list(category).closed() == before.closed() + 1);
        assertThat(command(second, "cancel", "{\"version\":0,\"reason\":\"重复反映\"}")).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> list(category).closed() == before.closed() + 2);

        List<Checklists.Item> items = checklists.items(DISTRICT, since(), category, "", TOWN);
        assertThat(items).filteredOn(i -> i.caseId().toString().equals(first)).singleElement()
                .satisfies(i -> assertThat(i.open()).isFalse()).satisfies(i -> assertThat(i.closedAt()).isNotNull());
        assertThat(checklists.byPlace(DISTRICT, since())).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo(TOWN);
            assertThat(p.closed()).isGreaterThanOrEqualTo(2);
        });

        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        assertThat(dispatcher.get("/triage/checklists").body()).contains("问题化解白名单", "东湖街道", category);
        assertThat(dispatcher.get("/triage/checklists?days=0").statusCode()).isEqualTo(422);
        byte[] xlsx = dispatcher.getBytes("/triage/checklists.xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别");
            String numbers = book.getSheetAt(1).toString();
            boolean found = false;
            for (var row : book.getSheetAt(1)) {
                found |= row.getCell(3).getStringCellValue().equals(title) && row.getCell(4).getStringCellValue()
                        .equals("已销号");
            }
            assertThat(found).as(numbers).isTrue();
        }
        assertThat(WebSession.browser(port, "handler").get("/triage/checklists").statusCode()).isEqualTo(403);
    }

    @Test
    void anEnterprisesCaseJoinsTheChecklistOfItsIndustryAndTheListsFilterByIndustry() throws Exception {
        var firm = jdbc.sql("SELECT credit_code, industry, (SELECT name FROM industry i WHERE i.code = e.industry)"
                + " AS name FROM enterprise e ORDER BY credit_code LIMIT 1")
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        String title = "企业门前道路积水";
        String body = "公司门前道路下雨后积水严重，员工和货车进出困难，请有关部门疏通排水管道。";
        String category = triage.suggest(title, body).best().category();
        Checklists.Checklist before = list(category, firm.get(1));
        String id = submit(title, body, firm.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> list(category, firm.get(1)).items() == before.items() + 1);
        assertThat(jdbc.sql("SELECT industry FROM triage_case WHERE case_id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo(firm.get(1));
        assertThat(checklists.items(DISTRICT, since(), category, firm.get(1), TOWN))
                .anySatisfy(i -> assertThat(i.caseId()).hasToString(id));
        assertThat(checklists.items(DISTRICT, since(), category, "", TOWN))
                .noneSatisfy(i -> assertThat(i.caseId()).hasToString(id));
        assertThat(checklists.lists(DISTRICT, since(), firm.get(1))).isNotEmpty()
                .allSatisfy(l -> assertThat(l.industry()).isEqualTo(firm.get(1)));

        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        String page = dispatcher.get("/triage/checklists?industry=" + firm.get(1)).body();
        assertThat(page).contains(firm.get(2), "industry=" + firm.get(1)).doesNotContain("居民及未登记企业");
        byte[] xlsx = dispatcher.getBytes("/triage/checklists.xlsx?industry=" + firm.get(1)).body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("行业");
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo(firm.get(2));
        }
    }

    @Test
    void aCategoryAndAPlaceRiseWhenThisWeekHasMoreCasesThanLastWeek() {
        Instant now = Instant.parse("2031-03-15T00:00:00Z");
        List<UUID> ids = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                ids.add(row("环境保护", "/D01/T02/C03/", now.minus(Duration.ofDays(1 + i))));
            }
            ids.add(row("环境保护", "/D01/T02/C03/", now.minus(Duration.ofDays(9))));
            ids.add(row("交通运输", "/D01/T01/C01/", now.minus(Duration.ofDays(2))));
            for (int i = 0; i < 3; i++) {
                ids.add(row("交通运输", "/D01/T01/C01/", now.minus(Duration.ofDays(8 + i))));
            }
            assertThat(hotspots.categories(DISTRICT, now)).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("环境保护");
                assertThat(r.thisWeek()).isEqualTo(4);
                assertThat(r.lastWeek()).isEqualTo(1);
                assertThat(r.percent()).isEqualTo(300);
            });
            assertThat(hotspots.places(DISTRICT, now)).extracting(Hotspots.Rise::key).containsExactly("/D01/T02/C03/");
            assertThat(hotspots.categories(List.of("/D01/T01/"), now)).isEmpty();
        } finally {
            ids.forEach(id -> jdbc.sql("DELETE FROM triage_case WHERE case_id = ?").param(id).update());
        }
    }

    @Test
    void emojiPunctuationAndHundredKilobyteTextsGetAClassificationOrNeedAPersonButNeverThrow() {
        String big = "小区噪音扰民😀 mixed English 和 العربية ".repeat(4000);
        assertThat(big.length()).isGreaterThan(100_000);
        for (String odd : new String[] {"", "！？。，、……", "😀😀😀🚗", big, null}) {
            Suggestion s = triage.suggest(odd, odd);
            assertThat(s.top()).hasSize(3);
            assertThat(s.top()).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
        }
        assertThat(triage.suggest("", "！？。，、……").needsPerson()).isTrue();
        assertThat(triage.suggest(null, "😀😀😀").needsPerson()).isTrue();
    }

    private UUID row(String category, String path, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO triage_case (case_id, number, title, text, jurisdiction_path, submitted_at, top,
                  best_category, best_confidence, outcome, category) VALUES (?,?,?,?,?,?,?,?,?,'QUEUED',?)""")
                .params(id, "T-" + id, "t", "t", path, Timestamp.from(at), category + "=0.5", category, 0.5, category)
                .update();
        return id;
    }

    private Checklists.Checklist list(String category) {
        return list(category, "");
    }

    private Checklists.Checklist list(String category, String industry) {
        return checklists.lists(DISTRICT, since(), null).stream()
                .filter(l -> l.category().equals(category) && l.industry().equals(industry) && l.place().equals(TOWN))
                .findFirst().orElse(new Checklists.Checklist(category, industry, TOWN, 0, 0));
    }

    private static Instant since() {
        return Instant.now().minus(Duration.ofDays(90));
    }

    private String submit(String title, String body) throws Exception {
        return submit(title, body, null);
    }

    private String submit(String title, String body, String creditCode) throws Exception {
        HttpResponse<String> r = send("/api/v1/cases", """
                {"title":"%s","description":"%s","category":"OTHER","channel":"PHONE",%s
                 "reporter":{"name":"张三","phone":"13912345678"},"address":"枫溪路8号","jurisdiction":"C01"}"""
                .formatted(title, body, creditCode == null ? "" : "\"creditCode\":\"" + creditCode + "\","));
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private int command(String id, String action, String body) throws Exception {
        return send("/api/v1/cases/" + id + "/" + action, body).statusCode();
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "dispatcher:fengqiao-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
