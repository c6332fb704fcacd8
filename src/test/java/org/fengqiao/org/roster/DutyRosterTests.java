package org.fengqiao.org.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.People;
import org.fengqiao.org.Units;
import org.fengqiao.org.calendar.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Rosters over HTTP on the real database: the demo rotation, refusals that change nothing, pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DutyRosterTests {

    @LocalServerPort
    int port;
    @Autowired
    DutyRoster roster;
    @Autowired
    DutyRosters rosters;
    @Autowired
    Units units;
    @Autowired
    People people;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoMarketRegulatorRotatesItsHeadAndHandlerWeekly() {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID head = people.findByUsername("head").orElseThrow().id();
        UUID handler = people.findByUsername("handler").orElseThrow().id();
        assertThat(roster.onDuty(market, LocalDate.of(2026, 1, 5)).orElseThrow().personId()).isEqualTo(head);
        assertThat(roster.onDuty(market, LocalDate.of(2026, 1, 12)).orElseThrow().personId()).isEqualTo(handler);
        assertThat(roster.onDuty(units.findByCode("U05").orElseThrow().id(), LocalDate.of(2026, 1, 5))).isEmpty();
    }

    @Test
    void anInvertedSwapIsA422NamingTheFieldAndChangesNothing() throws Exception {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID handler = people.findByUsername("handler").orElseThrow().id();
        int before = rosters.find(market).orElseThrow().swaps().size();
        HttpResponse<String> r = send("head", "POST", "/api/v1/units/" + market + "/duty-swaps",
                "{\"startsOn\":\"2027-03-10\",\"endsOn\":\"2027-03-08\",\"personId\":\"" + handler + "\",\"reason\":\"出差\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"endsOn\"");
        assertThat(rosters.find(market).orElseThrow().swaps()).hasSize(before);
    }

    @Test
    void aRotationWithSomeoneFromAnotherUnitIsRefusedAndTheOldOneStays() throws Exception {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID officer = people.findByUsername("officer").orElseThrow().id();
        var before = rosters.find(market).orElseThrow();
        HttpResponse<String> r = send("admin", "PUT", "/api/v1/units/" + market + "/duty-roster",
                "{\"members\":[\"" + officer + "\"],\"periodDays\":7,\"startsOn\":\"2026-01-05\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"members\"");
        assertThat(rosters.find(market).orElseThrow().members()).isEqualTo(before.members());
    }

    @Test
    void aHandlerMayNotChangeTheRotationButMaySeeWhoIsOnDuty() throws Exception {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID handler = people.findByUsername("handler").orElseThrow().id();
        assertThat(send("handler", "PUT", "/api/v1/units/" + market + "/duty-roster",
                "{\"members\":[\"" + handler + "\"],\"periodDays\":7,\"startsOn\":\"2026-01-05\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> duty = send("handler", "GET", "/api/v1/units/" + market + "/duty?date=2026-01-13", null);
        assertThat(duty.statusCode()).isEqualTo(200);
        assertThat(duty.body()).contains(handler.toString());
        UUID police = units.findByCode("U01").orElseThrow().id();
        assertThat(send("handler", "GET", "/api/v1/units/" + police + "/duty", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theHeadSwapsAWeekOnThePageAndTheSwapDecidesWhoIsOnDuty() throws Exception {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID handler = people.findByUsername("handler").orElseThrow().id();
        Browser head = new Browser(port).login("head");
        HttpResponse<String> page = head.get("/duty/" + market);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("区市场监督管理局", "赵科长", "李经办");
        HttpResponse<String> saved = head.post("/duty/" + market + "/swaps",
                "startsOn=2028-02-07&endsOn=2028-02-13&personId=" + handler + "&reason=%E5%9F%B9%E8%AE%AD");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(roster.onDuty(market, LocalDate.of(2028, 2, 9)).orElseThrow().personId()).isEqualTo(handler);
        assertThat(roster.onDuty(market, LocalDate.of(2028, 2, 9)).orElseThrow().swapped()).isTrue();
        HttpResponse<String> note = head.post("/duty/" + market + "/handovers", "note=%E4%BA%A4%E6%8E%A5");
        assertThat(note.statusCode()).isEqualTo(302);
        assertThat(rosters.handovers(market, 5)).anySatisfy(h -> assertThat(h.note()).isEqualTo("交接"));
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
