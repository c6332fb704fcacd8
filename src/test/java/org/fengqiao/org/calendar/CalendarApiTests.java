package org.fengqiao.org.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.fengqiao.org.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar over HTTP on the real database: the shipped 2025/2026 notices, refusals naming the field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarApiTests {

    @LocalServerPort
    int port;
    @Autowired
    CalendarDays days;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void threeWorkingDaysAfterSeptember30th2026IsOctober10th() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/add-working-days?from=2026-09-30&days=3", "handler");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"date\":\"2026-10-10\"");
    }

    @Test
    void theApiRefusesAnonymousCallers() throws Exception {
        assertThat(get("/api/v1/calendar/add-working-days?from=2026-09-30&days=3", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aYearWithoutNoticeCountsWeekendsOnlyAndTheAnswerSaysSo() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/add-working-days?from=2040-03-02&days=3", "handler");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"date\":\"2040-03-07\"", "\"weekendsOnlyYears\":[2040]");
        HttpResponse<String> known = get("/api/v1/calendar/add-working-days?from=2026-09-30&days=3", "handler");
        assertThat(known.body()).contains("\"weekendsOnlyYears\":[]");
    }

    @Test
    void malformedInputIsA422NamingTheParameter() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/add-working-days?from=2026-13-01&days=3", "handler");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"from\"");
        assertThat(get("/api/v1/calendar/add-working-days?from=2026-01-05&days=-2", "handler").body())
                .contains("\"field\":\"days\"");
        assertThat(get("/api/v1/calendar/add-working-days?from=2026-01-05&days=three", "handler").body())
                .contains("\"field\":\"days\"");
    }

    @Test
    void officeHoursSkipLunchEveningsAndHolidays() throws Exception {
        HttpResponse<String> r = get("/api/v1/calendar/add-working-hours?from="
                + URLEncoder.encode("2026-09-30T16:30+08:00", StandardCharsets.UTF_8) + "&minutes=120", "handler");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"due\":\"2026-10-08T09:30:00+08:00\"");
    }

    @Test
    void theShippedNoticesAreStoredAsTheirOwnParseGivesThem() {
        for (int year : new int[] {2025, 2026}) {
            var parsed = NoticeParser.parse(year, days.notice(year).orElseThrow());
            assertThat(parsed.errors()).isEmpty();
            assertThat(days.days(year)).extracting(CalendarDays.Day::day)
                    .containsExactlyInAnyOrderElementsOf(parsed.entries().stream().map(NoticeEntry::day).toList());
        }
    }

    @Test
    void onlyAdminsImportAndABadLineChangesNothing() throws Exception {
        String before = days.notice(2025).orElseThrow();
        HttpResponse<String> page = loginAndPost("admin", "/calendar/import",
                "year=2025&action=apply&notice=" + URLEncoder.encode("2025-01-01 元旦 休\n2025-02-30 休", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("第 2 行");
        assertThat(days.notice(2025)).contains(before);
        HttpResponse<String> handler = loginAndPost("handler", "/calendar/import",
                "year=2031&action=apply&notice=" + URLEncoder.encode("2031-01-01 元旦 休", StandardCharsets.UTF_8));
        assertThat(handler.statusCode()).isEqualTo(403);
        assertThat(days.notice(2031)).isEmpty();
    }

    @Test
    void anAdminImportsAYearAfterPreviewAndItCountsAtOnce() throws Exception {
        String notice = "2033-10-01..2033-10-07 国庆节 休\n2033-10-08 上班\n";
        HttpResponse<String> preview = loginAndPost("admin", "/calendar/import",
                "year=2033&action=preview&notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("2033-10-08", "确认导入");
        HttpResponse<String> applied = loginAndPost("admin", "/calendar/import",
                "year=2033&action=apply&notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8));
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(calendar.addWorkingDays(java.time.LocalDate.of(2033, 9, 30), 1))
                .isEqualTo(java.time.LocalDate.of(2033, 10, 8));
        HttpResponse<String> page = loginAndGet("admin", "/calendar?year=2033");
        assertThat(page.body()).contains("国庆节", "2033-10-08");
        assertThat(loginAndGet("admin", "/calendar/office-hours").body()).contains("08:30-12:00, 13:30-17:30");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> loginAndGet(String user, String path) throws Exception {
        return new Browser(port).login(user).get(path);
    }

    private HttpResponse<String> loginAndPost(String user, String path, String form) throws Exception {
        return new Browser(port).login(user).post(path, form);
    }
}
