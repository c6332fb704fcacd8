package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.PdfText;
import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Insight's answers and files carry no personal data: a reporter's name and phone (also written into the title
 * and description) appear in none of the figures, drill-down JSON, CSV export, page, or the report's Excel and PDF
 * that an auditor — a role that may not see personal data — reads, while the case itself is in them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    ObjectMapper json;

    @Test
    void anAuditorReadsInsightAnswersExportsAndReportsWithoutAnyReportersNameOrPhone() throws Exception {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        String name = "欧阳" + "明远";
        WebSession dispatcher = WebSession.api(port, "dispatcher");
        HttpResponse<String> filed = dispatcher.postJson("/api/v1/cases", """
                {"title":"噪音扰民，请回电 %s","description":"%s反映夜间施工噪音，联系电话 %s。",
                 "category":"ENVIRONMENT","channel":"PHONE","reporter":{"name":"%s","phone":"%s"},
                 "jurisdiction":"C01"}""".formatted(phone, name, phone, name, phone));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String number = json.readTree(filed.body()).get("number").asString();
        String id = json.readTree(filed.body()).get("id").asString();
        assertThat(dispatcher.postJson("/api/v1/cases/" + id + "/accept", "{\"version\":0}").statusCode())
                .isEqualTo(200);
        assertThat(dispatcher.postJson("/api/v1/cases/" + id + "/assign", "{\"version\":1,\"units\":[\"U03\"]}")
                .statusCode()).isEqualTo(200);
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        String query = "j=D01&from=" + today + "&to=" + today;
        long deadline = System.currentTimeMillis() + 60_000;
        while (jdbc.sql("SELECT count(*) FROM insight_case WHERE number = ? AND lead_unit_id IS NOT NULL")
                .param(number).query(Long.class).single() == 0 && System.currentTimeMillis() < deadline) {
            maintenance.reconcile();
            Thread.sleep(300);
        }

        WebSession auditor = WebSession.api(port, "auditor");
        StringBuilder seen = new StringBuilder();
        seen.append(ok(auditor.get("/api/v1/insight/figures?" + query)));
        String cases = ok(auditor.get("/api/v1/insight/cases?" + query));
        assertThat(cases).contains(number);
        String csv = ok(auditor.get("/api/v1/insight/cases.csv?" + query));
        assertThat(csv).contains(number).contains("区市场监督管理局").startsWith("\uFEFF\"编号\"");
        seen.append(cases).append(csv);
        WebSession auditorPages = WebSession.browser(port, "auditor");
        seen.append(ok(auditorPages.get("/insight/cases?" + query)));
        seen.append(ok(auditorPages.get("/insight/cases.csv?" + query)));
        seen.append(ok(auditorPages.get("/insight?" + query)));

        HttpResponse<String> asked = dispatcher.postJson("/api/v1/insight/reports", "{\"jurisdiction\":\"D01\","
                + "\"kind\":\"CUSTOM\",\"from\":\"" + today + "\",\"to\":\"" + today + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String report = json.readTree(asked.body()).get("id").asString();
        deadline = System.currentTimeMillis() + 90_000;
        while (!json.readTree(auditor.get("/api/v1/insight/reports/" + report).body()).path("state").asString()
                .matches("DONE|FAILED") && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        byte[] xlsx = auditor.getBytes("/api/v1/insight/reports/" + report + "/report.xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        seen.append(f.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        String pdf = PdfText.of(auditor.getBytes("/api/v1/insight/reports/" + report + "/report.pdf").body());
        assertThat(pdf).contains("枫溪区");
        seen.append(pdf);

        assertThat(seen.toString()).doesNotContain(phone).doesNotContain(masked).doesNotContain(name)
                .doesNotContain(phone.substring(3));
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
