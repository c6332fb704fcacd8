package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit head on a 390 px phone asks for the unit's report over a custom span of days, watches it being generated
 * and finds the Excel and PDF links on its row; the page never widens the phone and the request is stored as asked.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeadAsksForTheUnitsCustomPeriodReportOnThePhone() throws Exception {
        LocalDate to = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        LocalDate from = to.minusDays(20);
        try (Browser b = Browser.phone(port)) {
            b.login("head", "fengqiao-demo");
            b.open("/insight/reports");
            b.waitForText("自定义期间");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.select("form.report-form select[name=u]", "U03");
            b.select("form.report-form select[name=kind]", "CUSTOM");
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            js.executeScript("arguments[0].value = arguments[1]", b.find("form.report-form input[name=from]"),
                    from.toString());
            js.executeScript("arguments[0].value = arguments[1]", b.find("form.report-form input[name=to]"),
                    to.toString());
            b.submitAndWait(b.find("form.report-form button[type=submit]"));
            b.waitForText("报告已提交");
            b.screenshot("90-report-requested");
            new WebDriverWait(b.driver(), Duration.ofSeconds(90)).until(ExpectedConditions
                    .presenceOfElementLocated(By.cssSelector(".report-list li a[href$='report.pdf']")));
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("91-report-ready");
            assertThat(b.text()).contains("U03 " + from + " 至 " + to, "单位报告", "已完成");
        }
        assertThat(jdbc.sql("""
                SELECT unit_code || '/' || period_kind || '/' || period_from || '/' || period_to || '/' || state
                FROM insight_report WHERE requested_by = 'head' AND period_kind = 'CUSTOM'
                ORDER BY requested_at DESC LIMIT 1""").query(String.class).single())
                .isEqualTo("U03/CUSTOM/" + from + "/" + to + "/DONE");
    }
}
