package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.PdfText;
import org.fengqiao.WebSession;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reports over any span of days (at most 366), refused with the field named, and unit reports delivered monthly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomPeriodReportTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Units units;
    @Autowired
    People people;
    @Autowired
    BackgroundReports background;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    ObjectMapper json;

    @Test
    void aCustomPeriodIsRefusedWithTheFieldNamedWhenBackwardsTooLongIncompleteOrToCome() throws Exception {
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        WebSession api = WebSession.api(port, "dispatcher");
        assertRefused(api, "\"from\":\"" + today + "\",\"to\":\"" + today.minusDays(1) + "\"", "to",
                "结束日期不能早于起始日期");
        assertRefused(api, "\"from\":\"" + today.minusDays(366) + "\",\"to\":\"" + today + "\"", "to", "366");
        assertRefused(api, "\"to\":\"" + today + "\"", "from", "起始日期");
        assertRefused(api, "\"from\":\"" + today.plusDays(1) + "\",\"to\":\"" + today.plusDays(2) + "\"", "from",
                "尚未开始");
        assertThat(api.postJson("/api/v1/insight/reports", "{\"jurisdiction\":\"D01\",\"kind\":\"CUSTOM\","
                + "\"from\":\"2026-13-01\",\"to\":\"2026-12-01\"}").statusCode()).isIn(400, 422);
        long before = jdbc.sql("SELECT count(*) FROM insight_report").query(Long.class).single();

        WebSession page = WebSession.browser(port, "dispatcher");
        page.get("/insight/reports");
        HttpResponse<String> refused = page.post("/insight/reports", Map.of("j", "D01", "kind", "CUSTOM",
                "from", today.toString(), "to", today.minusDays(3).toString()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("结束日期不能早于起始日期");
        assertThat(jdbc.sql("SELECT count(*) FROM insight_report").query(Long.class).single()).isEqualTo(before);
        // a span of exactly 366 days is allowed
        assertThat(api.postJson("/api/v1/insight/reports", "{\"jurisdiction\":\"T01\",\"kind\":\"CUSTOM\",\"from\":\""
                + today.minusDays(365) + "\",\"to\":\"" + today + "\"}").statusCode()).isEqualTo(202);
    }

    @Test
    void aCustomPeriodReportOfAUnitCountsTheDaysAskedForInExcelAndPdf() throws Exception {
        for (int i = 0; i < 10 && maintenance.reconcile() > 0; i++) {
            Thread.onSpinWait();
        }
        LocalDate to = LocalDate.now(CaseFact.ZONE);
        LocalDate from = to.minusDays(44);
        HttpResponse<String> asked = WebSession.api(port, "dispatcher").postJson("/api/v1/insight/reports",
                "{\"unit\":\"U03\",\"kind\":\"CUSTOM\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        JsonNode status = json.readTree(asked.body());
        assertThat(status.path("kind").asString()).isEqualTo("CUSTOM");
        assertThat(status.path("from").asString()).isEqualTo(from.toString());
        assertThat(status.path("to").asString()).isEqualTo(to.toString());
        String id = status.path("id").asString();
        WebSession head = WebSession.api(port, "head");
        long deadline = System.currentTimeMillis() + 90_000;
        while (!json.readTree(head.get("/api/v1/insight/reports/" + id).body()).path("state").asString()
                .matches("DONE|FAILED") && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        assertThat(json.readTree(head.get("/api/v1/insight/reports/" + id).body()).path("state").asString())
                .isEqualTo("DONE");

        Figures expected = dashboard.figures(jurisdictions.findByCode("D01").orElseThrow(),
                units.findByCode("U03").orElseThrow(), new Period(from, to));
        HttpResponse<byte[]> xlsx = head.getBytes("/api/v1/insight/reports/" + id + "/report.xlsx");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("U03-" + from + "-" + to + "-custom.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(UnitReportTests.find(book.getSheetAt(0), "受理事项").getCell(1).getNumericCellValue())
                    .isEqualTo(expected.intake());
            Sheet daily = book.getSheet("6 每日受理");
            assertThat(daily.getLastRowNum() - 1).isEqualTo(45);
            double sum = 0;
            for (int r = 2; r <= daily.getLastRowNum(); r++) {
                sum += daily.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(sum).isEqualTo(expected.intake());
        }
        String text = PdfText.of(head.getBytes("/api/v1/insight/reports/" + id + "/report.pdf").body());
        assertThat(text).contains("区市场监督管理局").contains(from + " 至 " + to).contains("每日受理");
    }

    @Test
    void theMonthlyTaskAlsoReportsEachUnitToItsHeadsUnlessSwitchedOff() throws Exception {
        LocalDate today = LocalDate.of(2002, 3, 5);
        Date month = Date.valueOf(LocalDate.of(2002, 2, 1));
        jdbc.sql("DELETE FROM insight_report WHERE scheduled AND period_from = ?").param(month).update();
        new MonthlyReports(background, jurisdictions, units, people, new ReportSettings(false)).queue(today);
        assertThat(jdbc.sql("SELECT count(*) FROM insight_report WHERE scheduled AND period_from = ?"
                + " AND unit_id IS NOT NULL").param(month).query(Long.class).single()).isZero();
        int queued = new MonthlyReports(background, jurisdictions, units, people, new ReportSettings(true))
                .queue(today);
        List<UUID> unitReports = jdbc.sql("SELECT id FROM insight_report WHERE scheduled AND period_from = ?"
                + " AND unit_code = 'U03'").param(month).query(UUID.class).list();
        assertThat(queued).isPositive();
        assertThat(unitReports).hasSize(1);
        UUID report = unitReports.get(0);
        UUID headId = jdbc.sql("SELECT id FROM person WHERE username = 'head'").query(UUID.class).single();
        long deadline = System.currentTimeMillis() + 180_000;
        while (inboxed(headId, report) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        assertThat(inboxed(headId, report)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title FROM notify_message WHERE person_id = ? AND link = ?")
                .params(headId, "/insight/reports/" + report).query(String.class).single())
                .contains("区市场监督管理局").contains("2002年2月");
        assertThat(Locale.SIMPLIFIED_CHINESE).isEqualTo(MonthlyReports.LOCALE);
    }

    private long inboxed(UUID personId, UUID reportId) {
        return jdbc.sql("SELECT count(*) FROM notify_message WHERE person_id = ? AND link = ?")
                .params(personId, "/insight/reports/" + reportId).query(Long.class).single();
    }

    private void assertRefused(WebSession api, String dates, String field, String message) throws Exception {
        HttpResponse<String> r = api.postJson("/api/v1/insight/reports", "{\"jurisdiction\":\"D01\",\"kind\":\"CUSTOM\","
                + dates + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.path("field").asString()).isEqualTo(field);
        assertThat(r.body()).contains(message);
    }
}
