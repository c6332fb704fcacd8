package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.PdfText;
import org.fengqiao.WebSession;
import org.fengqiao.org.Jurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Period reports: generated in the background, read back as Excel and PDF, scoped, and delivered monthly once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportTests {

    private static final Pattern ROW_ID = Pattern.compile("id=\"report-([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    MonthlyReports monthly;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    ObjectMapper json;

    @Test
    void monthlyReportAskedForOnThePageIsGeneratedInTheBackgroundAndReadsBackAsExcelAndPdf() throws Exception {
        for (int i = 0; i < 10 && maintenance.reconcile() > 0; i++) {
            Thread.onSpinWait();
        }
        YearMonth month = YearMonth.now(CaseFact.ZONE);
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        dispatcher.get("/insight/reports");
        HttpResponse<String> asked = dispatcher.post("/insight/reports", Map.of("j", "D01", "kind", "MONTH",
                "year", String.valueOf(month.getYear()), "number", String.valueOf(month.getMonthValue())));
        assertThat(asked.statusCode()).isEqualTo(302);
        UUID id = UUID.fromString(asked.headers().firstValue("Location").orElseThrow().replaceAll(".*requested=", ""));

        String list = dispatcher.get("/insight/reports").body();
        assertThat(list).contains("report-" + id);
        String row = awaitDone(dispatcher, id);
        assertThat(row).contains("report.xlsx").contains("report.pdf").doesNotContain("hx-trigger");

        var place = jurisdictions.findByCode("D01").orElseThrow();
        Figures expected = dashboard.figures(place, new Period(month.atDay(1), month.atEndOfMonth()));
        HttpResponse<byte[]> xlsx = dispatcher.getBytes("/insight/reports/" + id + "/report.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet key = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(key.getRow(0).getCell(0))).contains("枫溪区").contains(month.getYear() + "年");
            Row intake = find(key, "受理事项");
            assertThat(intake.getCell(1).getNumericCellValue()).isEqualTo(expected.intake());
            assertThat(find(key, "已办结").getCell(1).getNumericCellValue()).isEqualTo(expected.closed());
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
            Sheet daily = book.getSheet("6 每日受理");
            assertThat(daily).isNotNull();
            double sum = 0;
            for (int r = 2; r <= daily.getLastRowNum(); r++) {
                sum += daily.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(daily.getLastRowNum() - 1).isEqualTo(month.lengthOfMonth());
            assertThat(sum).isEqualTo(expected.intake());
            assertThat(((XSSFSheet) book.getSheet("2 受理渠道")).getDrawingPatriarch().getCharts()).hasSize(1);
        }

        HttpResponse<byte[]> pdf = dispatcher.getBytes("/insight/reports/" + id + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = PdfText.of(pdf.body());
        assertThat(text).contains("枫溪区" + month.getYear() + "年" + month.getMonthValue() + "月").contains("主要指标")
                .contains("受理渠道").contains("每日受理").contains(String.valueOf(expected.intake()));
    }

    @Test
    void reportsAreRefusedToRolesThatMayNotAskAndInvisibleOutsideOnesJurisdictions() throws Exception {
        YearMonth last = YearMonth.now(CaseFact.ZONE).minusMonths(1);
        String body = "{\"jurisdiction\":\"D01\",\"kind\":\"MONTH\",\"year\":" + last.getYear() + ",\"number\":"
                + last.getMonthValue() + "}";
        assertThat(WebSession.api(port, "handler").postJson("/api/v1/insight/reports", body).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.api(port, "officer").postJson("/api/v1/insight/reports", body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> quarter = WebSession.api(port, "dispatcher").postJson("/api/v1/insight/reports",
                "{\"jurisdiction\":\"D01\",\"kind\":\"QUARTER\",\"year\":2026,\"number\":5}");
        assertThat(quarter.statusCode()).isEqualTo(422);
        assertThat(json.readTree(quarter.body()).path("field").asString()).isEqualTo("number");
        HttpResponse<String> future = WebSession.api(port, "dispatcher").postJson("/api/v1/insight/reports",
                "{\"jurisdiction\":\"D01\",\"kind\":\"MONTH\",\"year\":2100,\"number\":1}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(WebSession.api(port, "dispatcher").postJson("/api/v1/insight/reports",
                "{\"jurisdiction\":\"D01\",\"kind\":\"WEEK\",\"year\":2026,\"number\":1}").statusCode()).isEqualTo(400);

        HttpResponse<String> asked = WebSession.api(port, "head").postJson("/api/v1/insight/reports", body);
        assertThat(asked.statusCode()).isEqualTo(202);
        JsonNode status = json.readTree(asked.body());
        String id = status.path("id").asString();
        assertThat(status.path("from").asString()).isEqualTo(last.atDay(1).toString());
        // the officer covers town T01 only, so a district report does not exist for them
        assertThat(WebSession.api(port, "officer").get("/api/v1/insight/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(WebSession.api(port, "officer").getBytes("/api/v1/insight/reports/" + id + "/report.pdf")
                .statusCode()).isEqualTo(404);
        assertThat(WebSession.api(port, "auditor").get("/api/v1/insight/reports/" + id).statusCode()).isEqualTo(200);
        assertThat(WebSession.api(port, "head").get("/api/v1/insight/reports/" + id + "/report.doc").statusCode())
                .isIn(404, 422);
    }

    @Test
    void monthlyReportReachesEachUnitHeadsInboxExactlyOnceHoweverOftenTheMonthlyTaskRuns() throws Exception {
        LocalDate today = LocalDate.of(2001, 2, 10);
        jdbc.sql("DELETE FROM insight_report WHERE scheduled AND period_from = ?").param(Date.valueOf(
                LocalDate.of(2001, 1, 1))).update();
        int first = monthly.queue(today);
        int second = monthly.queue(today);
        assertThat(first).isPositive();
        assertThat(second).isZero();
        List<UUID> ids = jdbc.sql("SELECT id FROM insight_report WHERE scheduled AND period_from = ?")
                .param(Date.valueOf(LocalDate.of(2001, 1, 1))).query(UUID.class).list();
        assertThat(ids).hasSize(first);
        UUID headId = jdbc.sql("SELECT id FROM person WHERE username = 'head'").query(UUID.class).single();
        UUID d01 = ids.stream().filter(id -> jdbc.sql("SELECT jurisdiction_code FROM insight_report WHERE id = ?")
                .param(id).query(String.class).single().equals("D01")).findFirst().orElseThrow();
        WebSession head = WebSession.browser(port, "head");
        awaitDone(head, d01);
        // delivered after commit by notify's listener, which may still be working through earlier tests' events
        long deadline = System.currentTimeMillis() + 180_000;
        while (inboxed(headId, d01) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        monthly.queue(today);
        Thread.sleep(1000);
        assertThat(inboxed(headId, d01)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title FROM notify_message WHERE person_id = ? AND link = ?")
                .params(headId, "/insight/reports/" + d01).query(String.class).single()).contains("2001年1月");
        assertThat(head.get("/insight/reports/" + d01).body()).contains("report.pdf");
    }

    private long inboxed(UUID personId, UUID reportId) {
        return jdbc.sql("SELECT count(*) FROM notify_message WHERE person_id = ? AND link = ?")
                .params(personId, "/insight/reports/" + reportId).query(Long.class).single();
    }

    private static String awaitDone(WebSession session, UUID id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        String row = "";
        while (System.currentTimeMillis() < deadline) {
            row = session.get("/insight/reports/" + id + "/row").body();
            if (row.contains("report.pdf") || row.contains("badge red")) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(ROW_ID.matcher(row).find()).isTrue();
        return row;
    }

    private static Row find(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(label + " not in sheet " + sheet.getSheetName());
    }

}
