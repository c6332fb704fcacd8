package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.WebSession;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly report made in the background: asked for on a page, progress polled by htmx until the files are
 * there; last month's report of a command room's place is queued once per month however often the job runs, and
 * delivered to the room's inbox once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackgroundReportTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    MonthlyReportRuns background;
    @Autowired
    InspectionReports reports;

    @Test
    void aReportAskedForOnThePageIsMadeInTheBackgroundWithProgressAndItsFilesDownload() throws Exception {
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        dispatcher.get("/inspection/reports/background");
        String month = YearMonth.now().toString();
        HttpResponse<String> asked = dispatcher.post("/inspection/reports/background",
                Map.of("month", month, "place", "D01"));
        assertThat(asked.statusCode()).isEqualTo(302);
        String location = asked.headers().firstValue("Location").orElseThrow();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        UUID queued = reports.add("T01", "/D01/T01/", YearMonth.now(), "dispatcher", true, Set.of(), null)
                .orElseThrow();
        assertThat(dispatcher.get("/inspection/reports/background/" + queued).body())
                .as("a waiting report polls itself").contains("hx-trigger=\"every 2s\"", "排队中");

        background.run(id);
        InspectionReports.Run done = reports.get(id);
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.percent()).isEqualTo(100);
        String page = dispatcher.get("/inspection/reports/background/" + id).body();
        assertThat(page).contains("已完成", "report.xlsx", "report.pdf").doesNotContain("every 2s", "??inspection.");
        HttpResponse<byte[]> xlsx = dispatcher.getBytes("/inspection/reports/background/" + id + "/report.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
        }
        byte[] pdf = dispatcher.getBytes("/inspection/reports/background/" + id + "/report.pdf").body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(dispatcher.get("/inspection/reports/background").body()).contains(month);

        assertThat(WebSession.browser(port, "handler").get("/inspection/reports/background/" + id).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.browser(port, "head").get("/inspection/reports/background/" + id).statusCode())
                .as("a head sees only reports they asked for").isEqualTo(404);
    }

    @Test
    void lastMonthsReportReachesTheCommandRoomOncePerMonthHoweverOftenTheJobRuns() throws Exception {
        UUID room = units.findByCode("U08").orElseThrow().id();
        LocalDate today = LocalDate.now();
        LocalDate last = YearMonth.from(today).minusMonths(1).atDay(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> background.queueMonthly(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> background.queueMonthly(today));
        a.get();
        b.get();
        assertThat(background.queueMonthly(today)).as("a later run this month").isZero();
        List<UUID> ids = jdbc.sql("SELECT id FROM inspection_report WHERE deliver_to = ? AND month = ?")
                .params(room, last).query(UUID.class).list();
        assertThat(ids).hasSize(1);

        background.run(ids.get(0));
        background.run(ids.get(0));
        assertThat(reports.get(ids.get(0)).state()).isEqualTo("DONE");
        List<Map<String, Object>> publications = jdbc.sql("""
                SELECT listener_id, count(*) AS n FROM (
                    SELECT listener_id, serialized_event, event_type FROM event_publication
                    UNION ALL SELECT listener_id, serialized_event, event_type FROM event_publication_archive) p
                WHERE event_type LIKE '%InspectionReportReady' AND serialized_event LIKE ?
                GROUP BY listener_id""").param("%" + ids.get(0) + "%").query().listOfRows();
        assertThat(publications).as("one inbox notice for the room").isNotEmpty()
                .allSatisfy(p -> assertThat(((Number) p.get("n")).intValue()).isOne());
        String page = WebSession.browser(port, "dispatcher").get("/inspection/reports/background").body();
        assertThat(page).contains(YearMonth.from(last).toString(), "T01");
    }

    @Test
    void aRunnerThatLagsBehindAFinishedRunOfTheSameReportLeavesItFinishedWithItsFiles() {
        UUID id = reports.add("T02", "/D01/T02/", YearMonth.now().minusMonths(2), "dispatcher", true, Set.of(), null)
                .orElseThrow();
        reports.progress(id, "excel", 50);
        assertThat(reports.finish(id, new byte[] {1}, new byte[] {2})).isTrue();
        reports.progress(id, "pdf", 75); // a second runner, started before the first finished, reports its step
        assertThat(reports.get(id).state()).isEqualTo("DONE");
        assertThat(reports.get(id).percent()).isEqualTo(100);
        assertThat(reports.file(id, "xlsx")).hasValueSatisfying(b -> assertThat(b).containsExactly(1));
        assertThat(reports.finish(id, new byte[] {3}, new byte[] {4})).as("stored once").isFalse();
    }
}
