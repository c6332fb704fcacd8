package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A unit head on a 390 px phone works through the unit's follow-up list (回访): finds the due follow-up of a closed
 * labour dispute among the due ones, records the phone call (method, outcome, satisfaction, note) on its card and
 * finds it among the done ones; the page never widens the phone and the database holds what the page showed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpJourneyTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHeadRecordsAFollowUpOnThePhone() throws Exception {
        String title = "拖欠工资纠纷 " + ThreadLocalRandom.current().nextInt(1_000_000);
        UUID caseId = closedLabourDispute(title);
        UUID followUp = jdbc.sql("SELECT id FROM case_follow_up WHERE case_id = ? AND round = 1").param(caseId)
                .query(UUID.class).single();
        // its day has come (the close was planned a week ahead): due today, as the timer leaves it
        jdbc.sql("UPDATE case_follow_up SET due_on = current_date, status = 'DUE' WHERE id = ?").param(followUp)
                .update();
        String number = jdbc.sql("SELECT number FROM cases WHERE id = ?").param(caseId).query(String.class).single();
        String form = "form[action$='/casework/follow-ups/" + followUp + "'] ";
        String note = "当事人表示工资已全部到账 " + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Browser b = Browser.phone(port)) {
            b.login("head", "fengqiao-demo");
            b.open("/casework/follow-ups?status=DUE&category=LABOUR_SOCIAL_SECURITY&sort=latest");
            b.waitForText(number);
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("80-follow-ups-due");
            b.select(form + "select[name=method]", "PHONE");
            b.select(form + "select[name=outcome]", "HELD");
            b.select(form + "select[name=satisfaction]", "4");
            b.type(form + "textarea[name=note]", note);
            b.click(form + "button[type=submit]");
            b.waitForText("回访已记录");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.open("/casework/follow-ups?status=DONE&category=LABOUR_SOCIAL_SECURITY&sort=latest");
            b.waitForText(note);
            b.screenshot("81-follow-up-recorded");
            assertThat(b.text()).contains(number, "未复发");
        }
        assertThat(jdbc.sql("""
                SELECT status || '/' || method || '/' || outcome || '/' || satisfaction || '/' || note
                FROM case_follow_up WHERE id = ?""").param(followUp).query(String.class).single())
                .isEqualTo("DONE/PHONE/HELD/4/" + note);
        assertThat(jdbc.sql("SELECT recorded_by FROM case_follow_up WHERE id = ?").param(followUp)
                .query(String.class).single()).isNotBlank();
    }

    /** Filed, accepted, assigned to U03, acknowledged and closed through the API; a labour dispute gets follow-ups. */
    private UUID closedLabourDispute(String title) throws Exception {
        String filed = post("dispatcher", "/api/v1/cases", """
                {"title":"%s","description":"工厂拖欠三名工人两个月工资，协商未果。","category":"LABOUR_SOCIAL_SECURITY",
                 "channel":"API","reporter":{"name":"李师傅","phone":"13900002222"},"jurisdiction":"C01",
                 "address":"东湖路 8 号"}""".formatted(title), 201);
        String id = group(ID, filed);
        long v = Long.parseLong(group(VERSION, post("dispatcher", "/api/v1/cases/" + id + "/accept",
                "{\"version\":0}", 200)));
        v = Long.parseLong(group(VERSION, post("dispatcher", "/api/v1/cases/" + id + "/assign",
                "{\"version\":" + v + ",\"units\":[\"U03\"]}", 200)));
        v = Long.parseLong(group(VERSION, post("handler", "/api/v1/cases/" + id + "/acknowledge",
                "{\"version\":" + v + "}", 200)));
        post("dispatcher", "/api/v1/cases/" + id + "/close", "{\"version\":" + v + ",\"note\":\"双方达成还款协议\"}", 200);
        return UUID.fromString(id);
    }

    private String post(String user, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":fengqiao-demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(expected);
        return r.body();
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        assertThat(m.find()).as(p + " in " + body).isTrue();
        return m.group(1);
    }
}
