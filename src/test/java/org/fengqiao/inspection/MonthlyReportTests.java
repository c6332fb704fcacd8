package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.PdfText;
import org.fengqiao.WebSession;
import org.fengqiao.org.Actor;
import org.fengqiao.org.PersonPrincipal;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The monthly report per department and for the district counts the month's inspections, findings, orders and
 * penalties as the records hold them, on the page, in Excel and in PDF, with the filing register of major decisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyReportTests {

    static final String MARKET = "区市场监督管理局";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CheckForms forms;
    @Autowired
    InspectionRecording recording;
    @Autowired
    Rectification rectification;
    @Autowired
    Enforcement enforcement;
    @Autowired
    MonthlyReport report;

    Actor actor(String username) {
        return ((PersonPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    @Test
    void reportFiguresMatchTheRecordsOnThePageInExcelAndInPdfWithTheFilingRegister() throws Exception {
        UUID market = units.findByCode("U03").orElseThrow().id();
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        MonthlyReport.Report before = report.report(actor("admin"), month, "D01");
        MonthlyReport.Row beforeRow = row(before.rows(), market);
        Map<String, Object> firm = jdbc.sql("SELECT id, name FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' "
                + "ORDER BY name LIMIT 1").query().singleRow();
        UUID firmId = (UUID) firm.get("id");
        CheckForm food = forms.findByCode("FOOD").orElseThrow();
        InspectionRecord r = recording.start(actor("handler"), firmId, null, null, List.of(food.id()));
        UUID finding = recording.addFinding(actor("handler"), r.id(), r.version(), null, "CRITICAL", "冷藏柜温度超标",
                null);
        rectification.issue(actor("handler"), r.id(), r.version() + 1, finding, "立即维修冷藏柜", today.plusDays(3));
        String doc = "枫市监罚〔" + System.nanoTime() + "〕号";
        EnforcementDecision fine = enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market,
                r.id(), "FINE", new BigDecimal("200000.00"), doc, "销售过期食品", "《食品安全法》第一百二十四条", today));
        enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market, null, "WARNING", null,
                doc + "-警告", "标签不规范", "《食品安全法》第一百二十五条", today));
        assertThat(fine.major()).as("a fine of 200,000 yuan is a major decision").isTrue();
        assertThat(fine.filingDue()).isEqualTo(today.plusDays(15));
        EnforcementDecision filed = enforcement.file(actor("admin"), fine.id(), fine.version());
        assertThat(filed.filingNumber()).startsWith("BA-");

        MonthlyReport.Report after = report.report(actor("admin"), month, "D01");
        MonthlyReport.Row row = row(after.rows(), market);
        assertThat(row.inspections()).isEqualTo(beforeRow.inspections() + 1);
        assertThat(row.findings()).isEqualTo(beforeRow.findings() + 1);
        assertThat(row.severeFindings()).isEqualTo(beforeRow.severeFindings() + 1);
        assertThat(row.orders()).isEqualTo(beforeRow.orders() + 1);
        assertThat(row.penalties()).isEqualTo(beforeRow.penalties() + 2);
        assertThat(row.majorDecisions()).isEqualTo(beforeRow.majorDecisions() + 1);
        assertThat(row.fines()).isEqualByComparingTo(beforeRow.fines().add(new BigDecimal("200000")));
        assertThat(row.scanned()).as("no code was scanned").isEqualTo(beforeRow.scanned());
        assertThat(after.total().inspections()).isEqualTo(after.rows().stream()
                .mapToInt(MonthlyReport.Row::inspections).sum());
        assertThat(after.total().penalties()).isEqualTo(after.rows().stream()
                .mapToInt(MonthlyReport.Row::penalties).sum());
        int counted = jdbc.sql("""
                SELECT count(*) FROM inspection_record r JOIN enterprise e ON e.id = r.enterprise_id
                WHERE r.unit_id = ? AND r.order_id IS NULL AND e.jurisdiction_path LIKE '/D01/%'
                  AND r.started_at >= ? AND r.started_at < ?""")
                .params(market, month.atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
                        month.plusMonths(1).atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
                .query(Integer.class).single();
        assertThat(row.inspections()).as("the naive count").isEqualTo(counted);
        assertThat(after.register()).extracting(EnforcementDecision::documentNumber).contains(doc)
                .doesNotContain(doc + "-警告");
        assertThat(report.report(actor("head"), month, null).rows()).extracting(MonthlyReport.Row::unitId)
                .containsExactly(market);

        WebSession admin = WebSession.browser(port, "admin");
        var page = admin.get("/inspection/reports/monthly?place=D01&month=" + month);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(MARKET, doc, filed.filingNumber()).doesNotContain("??inspection.");

        byte[] xlsx = admin.getBytes("/inspection/reports/monthly.xlsx?place=D01&month=" + month).body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("检查次数");
            Row excelRow = find(sheet, MARKET);
            int penaltiesColumn = 1 + ReportColumns.ALL.stream().map(ReportColumns.Column::key).toList()
                    .indexOf("penalties");
            assertThat((int) excelRow.getCell(1).getNumericCellValue()).isEqualTo(row.inspections());
            assertThat((int) excelRow.getCell(penaltiesColumn).getNumericCellValue()).isEqualTo(row.penalties());
            assertThat((int) find(sheet, "全部部门合计").getCell(1).getNumericCellValue())
                    .isEqualTo(after.total().inspections());
            assertThat(((XSSFSheet) sheet).getDrawingPatriarch().getCharts()).hasSize(1);
            Row registered = find(book.getSheetAt(1), filed.filingNumber());
            assertThat(registered.getCell(1).getStringCellValue()).isEqualTo(doc);
            assertThat(registered.getCell(5).getNumericCellValue()).isEqualTo(200000.0);
        }

        byte[] pdf = admin.getBytes("/inspection/reports/monthly.pdf?place=D01&month=" + month).body();
        List<String> pages = PdfText.pages(pdf);
        String first = pages.get(0);
        assertThat(first).contains("枫溪区", "检查月报", MARKET, "全部部门合计");
        assertThat(first.lines().map(String::strip))
                .anyMatch(l -> l.startsWith(MARKET + " " + row.inspections() + " "));
        // table cells may wrap long text onto several lines
        assertThat(String.join("", pages.subList(1, pages.size())).replaceAll("\\s+", ""))
                .contains("重大执法决定备案登记", filed.filingNumber(), (String) firm.get("name"));

        assertThat(admin.get("/inspection/reports/monthly?month=2026-13").statusCode()).isEqualTo(422);
        assertThat(WebSession.browser(port, "handler").get("/inspection/reports/monthly").statusCode())
                .isEqualTo(403);
        assertThat(WebSession.browser(port, "officer").get("/inspection/reports/monthly.pdf").statusCode())
                .isEqualTo(403);
    }

    @Test
    void decisionsAreCheckedAndOnlyTheDistrictFilesMajorOnesOnce() {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID firmId = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' ORDER BY name DESC "
                + "LIMIT 1").query(UUID.class).single();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String doc = "枫市监罚〔" + System.nanoTime() + "〕号";
        assertThatThrownBy(() -> enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market, null,
                "WARNING", new BigDecimal("100"), doc, "x", "y", today))).isInstanceOf(InvalidInput.class)
                .hasMessage("inspection.decision.amount");
        assertThatThrownBy(() -> enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market, null,
                "FINE", new BigDecimal("5000"), doc, "x", "y", today.plusDays(1)))).isInstanceOf(InvalidInput.class)
                .hasMessage("inspection.decision.date");
        assertThatThrownBy(() -> enforcement.record(actor("officer"), new Enforcement.Decision(firmId, market, null,
                "FINE", new BigDecimal("5000"), doc, "x", "y", today))).isInstanceOf(Forbidden.class);
        EnforcementDecision small = enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market, null,
                "FINE", new BigDecimal("5000"), doc, "未按规定公示", "依据", today));
        assertThat(small.major()).isFalse();
        assertThatThrownBy(() -> enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market, null,
                "FINE", new BigDecimal("5000"), doc, "x", "y", today))).isInstanceOf(InvalidInput.class)
                .hasMessage("inspection.decision.numberTaken");
        assertThatThrownBy(() -> enforcement.file(actor("admin"), small.id(), small.version()))
                .hasMessage("inspection.decision.notMajor");
        EnforcementDecision closing = enforcement.record(actor("handler"), new Enforcement.Decision(firmId, market,
                null, "SUSPENSION", null, doc + "-停业", "无证经营", "依据", today));
        assertThat(closing.major()).isTrue();
        assertThat(closing.majorReason()).isEqualTo("inspection.decision.major.kind");
        assertThatThrownBy(() -> enforcement.file(actor("head"), closing.id(), closing.version()))
                .isInstanceOf(Forbidden.class);
        enforcement.file(actor("admin"), closing.id(), closing.version());
        assertThatThrownBy(() -> enforcement.file(actor("admin"), closing.id(), closing.version() + 1))
                .hasMessage("inspection.decision.alreadyFiled");
        assertThatThrownBy(() -> report.report(actor("officer"), YearMonth.now(), "T02")).isInstanceOf(NotFound.class);
    }

    private static Row find(Sheet sheet, String first) {
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r != null && r.getCell(0) != null && first.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static MonthlyReport.Row row(List<MonthlyReport.Row> rows, UUID unit) {
        return rows.stream().filter(r -> r.unitId().equals(unit)).findFirst().orElseThrow();
    }
}
