package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.PdfText;
import org.fengqiao.WebSession;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Figures and reports per lead unit: kept from casework's events, backfilled set-based, scoped to who may read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitReportTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    Dashboard dashboard;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Units units;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void catchUp() {
        for (int i = 0; i < 10 && maintenance.reconcile() > 0; i++) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aUnitsFiguresCountExactlyTheCasesItLeadsAndFollowAnAssignment() throws Exception {
        Jurisdiction d01 = jurisdictions.findByCode("D01").orElseThrow();
        Unit market = units.findByCode("U03").orElseThrow();
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        Period period = Period.of(today.minusDays(400), today, today);
        assertThat(eventually(() -> dashboard.figures(d01, market, period).intake() == naive(market, period, null)))
                .isTrue();
        Figures before = dashboard.figures(d01, market, period);
        assertThat(before.intake()).isPositive();
        assertThat(before.closed()).isEqualTo(naive(market, period, "CLOSED"));
        assertThat(before.intake()).isLessThan(dashboard.figures(d01, period).intake());

        WebSession dispatcher = WebSession.api(port, "dispatcher");
        HttpResponse<String> filed = dispatcher.postJson("/api/v1/cases", """
                {"title":"商铺占道经营","description":"店门口堆放货物占用人行道。","category":"COMMERCE_TOURISM",
                 "channel":"PHONE","reporter":{"name":"钱七","phone":"13912340000"},"jurisdiction":"C02"}""");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String id = json.readTree(filed.body()).get("id").asString();
        act(dispatcher, id, "accept", "{\"version\":0}");
        act(dispatcher, id, "assign", "{\"version\":1,\"units\":[\"U03\"]}");
        assertThat(eventually(() -> dashboard.figures(d01, market, period).intake() == before.intake() + 1)).isTrue();
        assertThat(dashboard.figures(d01, market, period).intake()).isEqualTo(naive(market, period, null));

        HttpResponse<String> api = WebSession.api(port, "head").get("/api/v1/insight/figures?j=D01&u=U03&from="
                + period.from() + "&to=" + period.to());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(json.readTree(api.body()).path("intake").asLong()).isEqualTo(before.intake() + 1);
        assertThat(json.readTree(api.body()).path("unit").path("code").asString()).isEqualTo("U03");
        HttpResponse<String> drill = WebSession.api(port, "dispatcher").get("/api/v1/insight/cases?j=D01&u=U03&from="
                + period.from() + "&to=" + period.to());
        assertThat(json.readTree(drill.body()).path("total").asLong()).isEqualTo(before.intake() + 1);
        assertThat(WebSession.api(port, "head").get("/api/v1/insight/figures?j=D01&u=U01").statusCode())
                .isEqualTo(403);
        HttpResponse<String> unknown = WebSession.api(port, "dispatcher").get("/api/v1/insight/figures?u=U99");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknown.body()).path("field").asString()).isEqualTo("u");
        String page = WebSession.browser(port, "dispatcher").get("/insight?j=D01&u=U03").body();
        assertThat(page).contains("区市场监督管理局承办").contains("u=U03");
    }

    @Test
    void theBackfillSetsEveryFactsLeadUnitAndRebuildsTheUnitTallyEqualToADirectCount() throws Exception {
        String[] blocks = new ClassPathResource("db/migration/R__insight_unit_tally.sql")
                .getContentAsString(StandardCharsets.UTF_8).split("\n\\s*\n");
        List<String> statements = Arrays.stream(blocks).map(b -> b.replaceAll("(?m)^--.*$", "").strip())
                .filter(b -> !b.isEmpty()).toList();
        template.update("UPDATE insight_case SET lead_unit_id = NULL WHERE lead_unit_id IS NOT NULL");
        statements.forEach(template::execute);

        assertThat(jdbc.sql("""
                SELECT count(*) FROM insight_case f JOIN cases c ON c.id = f.case_id
                WHERE f.lead_unit_id IS DISTINCT FROM c.lead_unit_id""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM insight_case WHERE lead_unit_id IS NOT NULL").query(Long.class)
                .single()).isPositive();
        String direct = String.valueOf(jdbc.sql("""
                SELECT lead_unit_id, status, count(*) FROM insight_case WHERE lead_unit_id IS NOT NULL
                GROUP BY 1, 2 ORDER BY 1, 2""").query().listOfRows());
        String tallied = String.valueOf(jdbc.sql("""
                SELECT unit_id AS lead_unit_id, value AS status, sum(cases) AS count FROM insight_unit_tally
                WHERE grain = 'M' AND dim = 'status' GROUP BY 1, 2 HAVING sum(cases) <> 0 ORDER BY 1, 2""")
                .query().listOfRows());
        assertThat(tallied).isEqualTo(direct);
    }

    @Test
    void aUnitsHeadGetsTheUnitsOwnReportAndOnlyThoseOverTheUnitReadIt() throws Exception {
        YearMonth month = YearMonth.now(CaseFact.ZONE);
        String body = "{\"unit\":\"U03\",\"kind\":\"MONTH\",\"year\":" + month.getYear() + ",\"number\":"
                + month.getMonthValue() + "}";
        HttpResponse<String> asked = WebSession.api(port, "head").postJson("/api/v1/insight/reports", body);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        JsonNode status = json.readTree(asked.body());
        String id = status.path("id").asString();
        assertThat(status.path("unit").asString()).isEqualTo("U03");
        assertThat(status.path("jurisdiction").asString()).isEqualTo("D01");

        assertThat(WebSession.api(port, "head").postJson("/api/v1/insight/reports", body.replace("U03", "U01"))
                .statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "officer").postJson("/api/v1/insight/reports", body).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.api(port, "enterprise").postJson("/api/v1/insight/reports", body).statusCode())
                .isEqualTo(403);

        JsonNode done = awaitDone(WebSession.api(port, "head"), id);
        assertThat(done.path("state").asString()).isEqualTo("DONE");
        assertThat(WebSession.api(port, "handler").get("/api/v1/insight/reports/" + id).statusCode()).isEqualTo(200);
        assertThat(WebSession.api(port, "dispatcher").get("/api/v1/insight/reports/" + id).statusCode())
                .isEqualTo(200);
        assertThat(WebSession.api(port, "officer").get("/api/v1/insight/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(WebSession.api(port, "auditor").getBytes("/api/v1/insight/reports/" + id + "/report.pdf")
                .statusCode()).isEqualTo(404);

        Jurisdiction d01 = jurisdictions.findByCode("D01").orElseThrow();
        Unit market = units.findByCode("U03").orElseThrow();
        Figures expected = dashboard.figures(d01, market, new Period(month.atDay(1), month.atEndOfMonth()));
        Figures whole = dashboard.figures(d01, new Period(month.atDay(1), month.atEndOfMonth()));
        byte[] xlsx = WebSession.api(port, "handler").getBytes("/api/v1/insight/reports/" + id + "/report.xlsx")
                .body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet key = book.getSheetAt(0);
            assertThat(new DataFormatter().formatCellValue(key.getRow(0).getCell(0)))
                    .contains("区市场监督管理局");
            assertThat(find(key, "受理事项").getCell(1).getNumericCellValue()).isEqualTo(expected.intake());
            assertThat(find(key, "已办结").getCell(1).getNumericCellValue()).isEqualTo(expected.closed());
            assertThat(book.getSheet("7 各环节按时办理")).isNotNull();
            assertThat(find(book.getSheet("7 各环节按时办理"), "办结")).isNotNull();
            assertThat(book.getSheet("9 回访结果（期间内办结）")).isNotNull();
        }
        assertThat(expected.intake()).isLessThanOrEqualTo(whole.intake());
        String text = PdfText.of(WebSession.api(port, "head").getBytes("/api/v1/insight/reports/" + id
                + "/report.pdf").body());
        assertThat(text).contains("区市场监督管理局").contains("各环节按时办理").contains("吹哨升级")
                .contains("回访结果");

        String list = WebSession.browser(port, "handler").get("/insight/reports").body();
        assertThat(list).contains("report-" + id).contains("单位报告");
    }

    private long naive(Unit unit, Period period, String status) {
        return jdbc.sql("""
                SELECT count(*) FROM cases WHERE lead_unit_id = ? AND jurisdiction_path LIKE '/D01/%'
                AND (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ? AND ?
                AND (CAST(? AS text) IS NULL OR status = CAST(? AS text))""")
                .params(unit.id(), period.from(), period.to(), status, status).query(Long.class).single();
    }

    private JsonNode awaitDone(WebSession s, String id) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        JsonNode status = null;
        while (System.currentTimeMillis() < deadline) {
            status = json.readTree(s.get("/api/v1/insight/reports/" + id).body());
            if (List.of("DONE", "FAILED").contains(status.path("state").asString())) {
                break;
            }
            Thread.sleep(300);
        }
        return status;
    }

    private static void act(WebSession s, String id, String action, String body) throws Exception {
        HttpResponse<String> r = s.postJson("/api/v1/cases/" + id + "/" + action, body);
        assertThat(r.statusCode()).as(action + ": " + r.body()).isEqualTo(200);
    }

    static Row find(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && label.equals(new DataFormatter().formatCellValue(r.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError(label + " not in sheet " + sheet.getSheetName());
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
