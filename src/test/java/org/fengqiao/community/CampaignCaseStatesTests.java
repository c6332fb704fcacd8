package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.fengqiao.WebSession;
import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseStatus;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A joint action's dashboard counts its cases per state from the states community keeps (written with each report,
 * followed from casework's case events, backfilled by V8_41) with one grouped query; at 20,000 reports it gives the
 * same counts as reading every case back through casework in chunks (the way before), and the run prints both
 * times (at 500 reports in the test run, at 20,000 when asked, see {@link #REPORTS}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignCaseStatesTests {

    /**
     * Reports generated for the comparison: 500 in the test run; the figure is measured with 20,000
     * ({@code ./mvnw -B -o test -Dtest=CampaignCaseStatesTests -Dfengqiao.bench.campaign-reports=20000}), where
     * writing the synthetic cases alone takes about a minute.
     */
    static final int REPORTS = Integer.getInteger("fengqiao.bench.campaign-reports", 500);
    static final List<String> STATES = List.of("ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "CANCELLED");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignCases campaignCases;
    @Autowired
    CaseExchange exchange;
    @Autowired
    People people;
    @Autowired
    Jurisdictions jurisdictions;

    String launch(String title, String unit) throws Exception {
        HttpResponse<String> r = WebSession.api(port, "officer").postJson("/api/v1/community/C02/campaigns",
                "{\"title\":\"" + title + "\",\"aim\":\"举报下降一半\",\"category\":\"PUBLIC_SAFETY\",\"hotline\":"
                        + "\"0575-83001111\",\"startsOn\":\"" + LocalDate.now().minusDays(1) + "\",\"endsOn\":\""
                        + LocalDate.now().plusDays(30) + "\",\"police\":\"景都警务室\"" + (unit == null ? ""
                                : ",\"unit\":\"" + unit + "\"") + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("campaign").get("id").asString();
    }

    String report(String campaign, String building) throws Exception {
        HttpResponse<String> r = WebSession.api(port, "officer").postJson("/api/v1/community/campaigns/" + campaign
                + "/reports", "{\"building\":\"" + building + "\",\"text\":\"楼上扔下一袋垃圾\",\"name\":\"吴女士\","
                + "\"phone\":\"" + ActivitiesTests.phone() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("caseNumber").asString();
    }

    JsonNode dashboard(String campaign) throws Exception {
        return json.readTree(WebSession.api(port, "officer").get("/api/v1/community/campaigns/" + campaign
                + "/dashboard").body());
    }

    String keptState(UUID caseId) {
        return jdbc.sql("SELECT status FROM community_campaign_case WHERE case_id = ?").param(caseId)
                .query(String.class).optional().orElse(null);
    }

    Actor actor(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        List<String> paths = new ArrayList<>();
        p.jurisdictionIds().forEach(j -> jurisdictions.find(j).ifPresent(x -> paths.add(x.path())));
        return new Actor(p.id(), p.username(), p.displayName(), p.roles(), p.unitIds(), paths);
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(200);
        }
    }

    @Test
    void aReportsCaseStateIsKeptFromCaseworksEventsAndCountedOnTheDashboard() throws Exception {
        String campaign = launch("状态跟踪" + System.nanoTime(), "U01");
        String number = report(campaign, "5幢");
        UUID caseId = jdbc.sql("SELECT id FROM cases WHERE number = ?").param(number).query(UUID.class).single();
        assertThat(keptState(caseId)).isEqualTo("ASSIGNED");
        JsonNode before = dashboard(campaign);
        assertThat(before.get("caseStates").get("ASSIGNED").asLong()).isEqualTo(1);
        assertThat(before.get("openCases").asLong()).isEqualTo(1);

        long version = jdbc.sql("SELECT version FROM cases WHERE id = ?").param(caseId).query(Long.class).single();
        HttpResponse<String> closed = WebSession.api(port, "dispatcher").postJson("/api/v1/cases/" + caseId
                + "/close", "{\"version\":" + version + ",\"note\":\"物业已清理，加装监控\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        await("community follows the close", () -> "CLOSED".equals(keptState(caseId)));

        JsonNode after = dashboard(campaign);
        assertThat(after.get("caseStates").get("CLOSED").asLong()).isEqualTo(1);
        assertThat(after.get("openCases").asLong()).isZero();
        assertThat(after.get("closedCases").asLong()).isEqualTo(1);
        JsonNode listed = json.readTree(WebSession.api(port, "officer").get("/api/v1/community/campaigns/" + campaign
                + "/cases?state=closed").body());
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("caseNumber").asString()).isEqualTo(number);
        assertThat(json.readTree(WebSession.api(port, "officer").get("/api/v1/community/campaigns/" + campaign
                + "/cases?state=open").body()).get("total").asLong()).isZero();
    }

    @Test
    void manyReportsAreCountedByOneGroupedQueryExactlyAsTheChunkedReadOfEveryCase() throws Exception {
        String campaignId = launch("两万举报" + System.nanoTime(), null);
        UUID campaign = UUID.fromString(campaignId);
        String template = report(campaignId, "1幢");
        try {
            long t0 = System.nanoTime();
            jdbc.sql("""
                    INSERT INTO cases
                    SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
                        'id', gen_random_uuid(), 'number', 'BN' || lpad(g::text, 8, '0') || substr(md5(:campaign), 1, 6),
                        'status', (ARRAY['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CANCELLED'])[1 + g % 5],
                        'closure_kind', CASE WHEN g % 5 = 3 THEN 'BY_DISPATCHER' END,
                        'merged_into', NULL, 'touched_at', '2000-01-01T00:00:00Z',
                        'created_at', now() - g * interval '1 minute',
                        'updated_at', now() - g * interval '1 minute'))).*
                    FROM cases c, generate_series(1, :n) g WHERE c.number = :template""")
                    .param("campaign", campaignId)
                    .param("n", REPORTS).param("template", template).update();
            jdbc.sql("""
                    INSERT INTO community_campaign_report (id, campaign_id, source, building, case_id, case_number,
                      reported_at)
                    SELECT gen_random_uuid(), ?, 'HOTLINE', (1 + abs(hashtext(c.number)) % 40) || '幢', c.id, c.number,
                      c.created_at
                    FROM cases c WHERE c.number LIKE 'BN%' AND c.number LIKE ?""")
                    .params(campaign, "%" + md5Prefix(campaignId)).update();
            long loaded = System.nanoTime() - t0;
            long b0 = System.nanoTime();
            new JdbcTemplate(dataSource).execute(new ClassPathResource(
                    "db/migration/V8_41__community_campaign_case_states.sql").getContentAsString(StandardCharsets.UTF_8));
            long backfill = System.nanoTime() - b0;

            Campaign c = campaigns.find(campaign).orElseThrow();
            Actor officer = actor("officer");
            chunkedTheOldWay(c, officer);
            campaignCases.of(c, null, 0, 20, officer);
            long o0 = System.nanoTime();
            Map<CaseStatus, Long> old = chunkedTheOldWay(c, officer);
            long oldNanos = System.nanoTime() - o0;
            long n0 = System.nanoTime();
            CampaignCases.Page now = campaignCases.of(c, null, 0, 20, officer);
            long newNanos = System.nanoTime() - n0;
            long g0 = System.nanoTime();
            Map<CaseStatus, Long> grouped = campaigns.caseStates(campaign);
            long groupedNanos = System.nanoTime() - g0;

            assertThat(now.states()).isEqualTo(old).isEqualTo(grouped);
            assertThat(now.all()).isEqualTo(REPORTS + 1);
            for (String s : STATES) {
                assertThat(now.states().get(CaseStatus.valueOf(s))).as(s).isGreaterThanOrEqualTo(REPORTS / 5);
            }
            assertThat(now.items()).hasSize(20);
            assertThat(now.total()).isEqualTo(REPORTS + 1);

            System.out.printf("campaign-dashboard: reports=%d load_and_backfill_ms=%d/%d old_chunked_dashboard_ms=%d"
                    + " new_grouped_dashboard_ms=%d grouped_states_query_ms=%d loadavg=%s%n", REPORTS + 1,
                    loaded / 1_000_000, backfill / 1_000_000, oldNanos / 1_000_000, newNanos / 1_000_000,
                    groupedNanos / 1_000_000, Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            jdbc.sql("DELETE FROM community_campaign_case WHERE campaign_id = ?").param(campaign).update();
            jdbc.sql("DELETE FROM community_campaign_report WHERE campaign_id = ? AND case_number LIKE 'BN%'")
                    .param(campaign).update();
            jdbc.sql("DELETE FROM case_key WHERE number LIKE 'BN%' AND number LIKE ?").param("%" + md5Prefix(campaignId))
                    .update();
        }
    }

    private String md5Prefix(String text) {
        return jdbc.sql("SELECT substr(md5(?), 1, 6)").param(text).query(String.class).single();
    }

    /** The dashboard as it was computed before V8_41: every case read back through casework, 1,000 at a time. */
    private Map<CaseStatus, Long> chunkedTheOldWay(Campaign c, Actor actor) {
        List<UUID> ids = jdbc.sql("SELECT case_id FROM community_campaign_report WHERE campaign_id = ?"
                + " ORDER BY reported_at DESC").param(c.id()).query(UUID.class).list();
        Map<CaseStatus, Long> states = new EnumMap<>(CaseStatus.class);
        for (int from = 0; from < ids.size(); from += 1000) {
            exchange.list(new CaseExchange.Filter(ids.subList(from, Math.min(ids.size(), from + 1000)), null, null,
                    null, null, null, 0, 1000), actor, Channel.WORKBENCH).forEach(s -> states.merge(s.status(), 1L,
                            Long::sum));
        }
        Map<UUID, Campaign.Report> byCase = campaigns.reports(c.id(), null, null, ids.size(), 0).stream()
                .collect(Collectors.toMap(Campaign.Report::caseId, Function.identity(), (a, b) -> a));
        exchange.list(new CaseExchange.Filter(ids, null, null, null, null, null, 0, 20), actor, Channel.WORKBENCH)
                .forEach(s -> byCase.get(s.id()));
        return states;
    }
}
