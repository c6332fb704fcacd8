package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.fengqiao.WebSession;
import org.fengqiao.org.Jurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Dashboard figures on the embedded PostgreSQL: rollup against direct counts, closed ≠ solved, and scoping. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsightTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    ObjectMapper json;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    DrillDown drillDown;

    /** Module tests share this database and change cases without insight running; catch those up first. */
    @org.junit.jupiter.api.BeforeEach
    void catchUp() {
        for (int i = 0; i < 10 && maintenance.reconcile() > 0; i++) {
            Thread.onSpinWait();
        }
    }

    @Test
    void rollupEqualsTheDirectCountOfCasesByStatusAndClosureKind() throws Exception {
        Supplier<List<Map<String, Object>>> direct = () -> jdbc.sql("""
                SELECT status, coalesce(closure_kind, '') AS closure, count(*) AS n FROM cases
                GROUP BY 1, 2 ORDER BY 1, 2""").query().listOfRows();
        Supplier<List<Map<String, Object>>> rolled = () -> jdbc.sql("""
                SELECT status, closure_kind AS closure, sum(cases) AS n FROM insight_daily
                GROUP BY 1, 2 HAVING sum(cases) <> 0 ORDER BY 1, 2""").query().listOfRows();
        assertThat(eventually(() -> String.valueOf(direct.get()).equals(String.valueOf(rolled.get()))))
                .as(direct.get() + " vs " + rolled.get()).isTrue();
        assertThat(direct.get()).isNotEmpty();
    }

    @Test
    void dashboardIntakeEqualsTheNaiveCountOverTheSamePeriodAndPlace() throws Exception {
        var t01 = jurisdictions.findByCode("T01").orElseThrow();
        Period period = Period.of(LocalDate.now(CaseFact.ZONE).minusDays(120), null, LocalDate.now(CaseFact.ZONE));
        Supplier<Long> naive = () -> jdbc.sql("""
                SELECT count(*) FROM cases WHERE jurisdiction_path LIKE '/D01/T01/%'
                AND (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ? AND ?""")
                .params(period.from(), period.to()).query(Long.class).single();
        Supplier<Long> naiveClosed = () -> jdbc.sql("""
                SELECT count(*) FROM cases WHERE jurisdiction_path LIKE '/D01/T01/%' AND status = 'CLOSED'
                AND (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ? AND ?""")
                .params(period.from(), period.to()).query(Long.class).single();
        // the rollup follows the events after their commit, so it may lag for a moment
        assertThat(eventually(() -> dashboard.figures(t01, period).intake() == naive.get()
                && dashboard.figures(t01, period).closed() == naiveClosed.get())).isTrue();
        Figures f = dashboard.figures(t01, period);
        assertThat(f.intake()).isEqualTo(naive.get()).isPositive();
        assertThat(f.closed()).isEqualTo(naiveClosed.get());
        assertThat(f.parts()).extracting(p -> p.jurisdiction().code()).startsWith("C01", "C02");
        assertThat(f.parts().stream().mapToLong(Figures.Part::intake).sum()).isEqualTo(f.intake());
    }

    @Test
    void closedAndSolvedAreCountedApartOnlyReporterConfirmedCountsAsSolved() throws Exception {
        var c04 = jurisdictions.findByCode("C04").orElseThrow();
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        Period period = Period.of(today, today, today);
        Api api = new Api("dispatcher");
        String confirmed = submit(api);
        String closedByDispatcher = submit(api);
        String open = submit(api);
        assertThat(eventually(() -> settled(c04, period))).isTrue();
        Figures before = dashboard.figures(c04, period);

        act(api, confirmed, "accept", "{\"version\":0}");
        act(api, confirmed, "assign", "{\"version\":1,\"units\":[\"U03\"]}");
        Api handler = new Api("handler");
        act(handler, confirmed, "acknowledge", "{\"version\":2}");
        act(handler, confirmed, "resolve", "{\"version\":3,\"result\":\"已清理\"}");
        act(handler, confirmed, "reply", "{\"version\":4,\"reply\":\"已清理完毕\"}");
        act(api, confirmed, "verdict", "{\"version\":5,\"satisfied\":true,\"score\":4}");
        act(api, closedByDispatcher, "accept", "{\"version\":0}");
        act(api, closedByDispatcher, "close", "{\"version\":1,\"reason\":\"重复反映\"}");
        assertThat(open).isNotBlank();

        assertThat(eventually(() -> settled(c04, period)
                && dashboard.figures(c04, period).closed() == before.closed() + 2)).isTrue();
        Figures after = dashboard.figures(c04, period);
        assertThat(after.intake()).isEqualTo(before.intake());
        assertThat(after.closed() - before.closed()).isEqualTo(2);
        assertThat(after.confirmed() - before.confirmed()).isEqualTo(1);
        assertThat(after.verdicts() - before.verdicts()).isEqualTo(1);
        assertThat(after.satisfied() - before.satisfied()).isEqualTo(1);
        assertThat(after.scoreSum() - before.scoreSum()).isEqualTo(4);
        assertThat(after.resolutionRate()).isLessThan(after.closureRate());
    }

    @Test
    void anOfficerSeesOnlyTheirTownAndIsRefusedTheDistrict() throws Exception {
        WebSession officer = WebSession.browser(port, "officer");
        HttpResponse<String> own = officer.get("/insight");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("东湖街道").doesNotContain("西岭镇").doesNotContain("枫溪区");
        assertThat(officer.get("/insight?j=D01").statusCode()).isEqualTo(403);
        assertThat(officer.get("/insight?j=T02").statusCode()).isEqualTo(403);
        assertThat(officer.get("/insight/cases?j=C03").statusCode()).isEqualTo(403);
        HttpResponse<String> drill = officer.get("/insight/cases?j=T01&status=CLOSED");
        assertThat(drill.statusCode()).isEqualTo(200);
        assertThat(WebSession.browser(port, "enterprise").get("/insight").statusCode()).isEqualTo(403);
    }

    @Test
    void theDrillDownListsExactlyTheCasesBehindTheNumber() throws Exception {
        var d01 = jurisdictions.findByCode("D01").orElseThrow();
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        Period period = Period.of(today.minusDays(120), today, today);
        assertThat(eventually(() -> settled(d01, period))).isTrue();
        Figures f = dashboard.figures(d01, period);
        HttpResponse<String> page = WebSession.browser(port, "admin").get("/insight/cases?j=D01&from="
                + period.from() + "&to=" + period.to() + "&status=CLOSED&closure=CONFIRMED");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("共 " + f.confirmed() + " 件");
        HttpResponse<String> board = WebSession.browser(port, "admin").get("/insight?j=D01&from=" + period.from()
                + "&to=" + period.to());
        assertThat(board.body()).contains("status=CLOSED&amp;closure=CONFIRMED", "insight-dashboard.js");
        assertThat(board.body()).as("the charts name channels and categories in Chinese, and the demo cases are on the map")
                .contains("&quot;网上反映&quot;", "&quot;城乡建设&quot;", "&quot;points&quot;:[[120.")
                .doesNotContain("&quot;WEB_FORM&quot;", "&quot;URBAN_CONSTRUCTION&quot;");
    }

    @Test
    void theJsonApiAnswersTheDashboardFiguresInsideTheCallersJurisdictionOnly() throws Exception {
        var t01 = jurisdictions.findByCode("T01").orElseThrow();
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        Period period = Period.of(today.minusDays(400), today, today);
        assertThat(eventually(() -> settled(t01, period))).isTrue();
        String query = "j=T01&from=" + period.from() + "&to=" + period.to();
        HttpResponse<String> figures = WebSession.api(port, "officer").get("/api/v1/insight/figures?" + query);
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        var body = json.readTree(figures.body());
        Figures direct = dashboard.figures(t01, period);
        assertThat(body.get("intake").asLong()).isEqualTo(direct.intake()).isPositive();
        assertThat(body.get("closed").asLong()).isEqualTo(direct.closed());
        HttpResponse<String> cases = WebSession.api(port, "officer").get("/api/v1/insight/cases?" + query
                + "&status=CLOSED");
        assertThat(json.readTree(cases.body()).get("total").asLong()).isEqualTo(direct.closed());
        assertThat(WebSession.api(port, "officer").get("/api/v1/insight/figures?j=D01").statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "enterprise").get("/api/v1/insight/figures").statusCode()).isEqualTo(403);
    }

    @Test
    void aDrillDownBehindOneDashboardFigureGetsItsExactTotalFromTheTallyAndOthersCountTheFacts() throws Exception {
        var t01 = jurisdictions.findByCode("T01").orElseThrow();
        LocalDate today = LocalDate.now(CaseFact.ZONE);
        Period period = Period.of(today.minusDays(75), today.minusDays(3), today);
        assertThat(eventually(() -> settled(t01, period))).isTrue();
        List<DrillDown.Filter> figures = List.of(filter(null, null, null, null, false),
                filter("ENVIRONMENT", null, null, null, false), filter(null, "PHONE", null, null, false),
                filter(null, null, "CLOSED", null, false), filter(null, null, "CLOSED", "CONFIRMED", false),
                filter(null, null, null, null, true));
        for (DrillDown.Filter f : figures) {
            assertThat(drillDown.tallied(t01, period, f)).as(f.toString()).isPresent();
            DrillDown.Page page = drillDown.cases(t01, period, f, 0);
            assertThat(page.total()).as(f.toString()).isEqualTo(factCount(t01, period, f)).isLessThan(10_000);
            assertThat(page.more()).isFalse();
        }
        assertThat(figures.stream().mapToLong(f -> drillDown.cases(t01, period, f, 0).total()).sum()).isPositive();
        DrillDown.Filter combined = filter("ENVIRONMENT", null, "CLOSED", null, false);
        assertThat(drillDown.tallied(t01, period, combined)).as("no margin for two dimensions").isEmpty();
        assertThat(drillDown.cases(t01, period, combined, 0).total()).isEqualTo(factCount(t01, period, combined));
        assertThat(drillDown.tallied(t01, period, new DrillDown.Filter(null, null, null, null, true, false)))
                .as("overdue changes with the clock").isEmpty();
    }

    private static DrillDown.Filter filter(String category, String channel, String status, String closure,
            boolean open) {
        return new DrillDown.Filter(category, channel, status, closure, false, open);
    }

    private long factCount(org.fengqiao.org.Jurisdiction place, Period period, DrillDown.Filter f) {
        return jdbc.sql("""
                SELECT count(*) FROM insight_case WHERE jurisdiction_path LIKE :path AND day BETWEEN :from AND :to
                AND (CAST(:category AS text) IS NULL OR category = :category)
                AND (CAST(:channel AS text) IS NULL OR channel = :channel)
                AND (CAST(:status AS text) IS NULL OR status = :status)
                AND (CAST(:closure AS text) IS NULL OR closure_kind = :closure)
                AND (NOT :open OR status NOT IN ('REJECTED', 'CLOSED', 'CANCELLED'))""")
                .param("path", place.path() + "%").param("from", period.from()).param("to", period.to())
                .param("category", f.category()).param("channel", f.channel()).param("status", f.status())
                .param("closure", f.closure()).param("open", f.open()).query(Long.class).single();
    }

    private boolean settled(org.fengqiao.org.Jurisdiction place, Period period) {
        long facts = jdbc.sql("SELECT count(*) FROM insight_case").query(Long.class).single();
        long cases = jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single();
        return facts == cases && dashboard.figures(place, period).intake() >= 0;
    }

    private String submit(Api api) throws Exception {
        HttpResponse<String> r = api.postJson("/api/v1/cases", """
                {"title":"小区门口垃圾堆积","description":"垃圾三天没有清运。","category":"ENVIRONMENT",
                 "channel":"PHONE","reporter":{"name":"王五","phone":"13912345678"},"jurisdiction":"C04"}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private static void act(Api s, String id, String action, String body) throws Exception {
        HttpResponse<String> r = s.postJson("/api/v1/cases/" + id + "/" + action, body);
        assertThat(r.statusCode()).as(action + ": " + r.body()).isEqualTo(200);
    }

    /** JSON calls to /api/v1 with HTTP Basic as one demo account. */
    private final class Api {

        private final String auth;

        Api(String user) {
            auth = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":fengqiao-demo")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        HttpResponse<String> postJson(String path, String body) throws Exception {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
