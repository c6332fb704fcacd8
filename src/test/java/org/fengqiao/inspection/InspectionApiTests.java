package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Grades, the exemption list, demands and the weekly joint plan over HTTP, with role and jurisdiction checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;

    @Test
    void everyDemoEnterpriseHasAGradeExplainedByReasonsThatAddUpToItsScore() throws Exception {
        // the 200 demo enterprises are graded at start; others get their grade on first use
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_grade").query(Long.class).single())
                .isGreaterThanOrEqualTo(200);
        UUID firm = firm("C");
        JsonNode grade = body(WebSession.api(port, "auditor").get("/api/v1/inspection/grades/" + firm));
        int sum = 0;
        for (JsonNode r : grade.get("reasons")) {
            assertThat(r.get("text").asString()).isNotBlank().doesNotStartWith("inspection.");
            sum += r.get("points").asInt();
        }
        assertThat(grade.get("score").asInt()).isEqualTo(sum);
        assertThat(grade.get("grade").asString()).isEqualTo(sum >= 60 ? "A" : sum >= 35 ? "B" : "C");
    }

    @Test
    void onlyAnAdministratorOverridesAGradeAndOnlyWithAReason() throws Exception {
        UUID firm = firm("B");
        long version = body(WebSession.api(port, "admin").get("/api/v1/inspection/grades/" + firm))
                .get("version").asLong();
        HttpResponse<String> noReason = WebSession.api(port, "admin").postJson(
                "/api/v1/inspection/grades/" + firm + "/override", "{\"grade\":\"A\",\"reason\":\" \",\"version\":" + version + "}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(body(noReason).get("field").asString()).isEqualTo("reason");
        HttpResponse<String> badGrade = WebSession.api(port, "admin").postJson(
                "/api/v1/inspection/grades/" + firm + "/override", "{\"grade\":\"D\",\"reason\":\"x\",\"version\":" + version + "}");
        assertThat(body(badGrade).get("field").asString()).isEqualTo("grade");
        assertThat(WebSession.api(port, "dispatcher").postJson("/api/v1/inspection/grades/" + firm + "/override",
                "{\"grade\":\"A\",\"reason\":\"现场发现隐患\",\"version\":" + version + "}").statusCode()).isEqualTo(403);
        JsonNode done = body(WebSession.api(port, "admin").postJson("/api/v1/inspection/grades/" + firm + "/override",
                "{\"grade\":\"A\",\"reason\":\"现场发现重大隐患\",\"version\":" + version + "}"));
        assertThat(done.get("grade").asString()).isEqualTo("A");
        assertThat(done.get("overrideReason").asString()).isEqualTo("现场发现重大隐患");
        assertThat(WebSession.api(port, "admin").postJson("/api/v1/inspection/grades/" + firm + "/override",
                "{\"grade\":\"C\",\"reason\":\"旧版本\",\"version\":" + version + "}").statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'inspection.grade.override' AND subject_id = ?")
                .param(firm.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void departmentRegistersDemandsForItselfOnlyAndBadInputNamesTheField() throws Exception {
        UUID firm = firm("B");
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID fire = units.findByCode("U05").orElseThrow().id();
        LocalDate day = LocalDate.now().plusDays(10);
        String ok = demand(firm, market, day, day.plusDays(5), "routine");
        HttpResponse<String> created = WebSession.api(port, "handler").postJson("/api/v1/inspection/demands", ok);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(WebSession.api(port, "handler").postJson("/api/v1/inspection/demands",
                demand(firm, fire, day, day.plusDays(5), "routine")).statusCode()).isEqualTo(403);
        HttpResponse<String> backwards = WebSession.api(port, "handler").postJson("/api/v1/inspection/demands",
                demand(firm, market, day, day.minusDays(1), "routine"));
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(body(backwards).get("field").asString()).isEqualTo("latest");
        assertThat(body(WebSession.api(port, "handler").postJson("/api/v1/inspection/demands",
                demand(firm, market, day, day, "urgent"))).get("field").asString()).isEqualTo("kind");
        assertThat(WebSession.api(port, "handler").postJson("/api/v1/inspection/demands",
                "{\"enterpriseId\":\"" + firm + "\",\"earliest\":\"2026-02-30\"}").statusCode()).isEqualTo(400);
        assertThat(WebSession.api(port, "officer").postJson("/api/v1/inspection/demands", ok).statusCode())
                .isEqualTo(403);
    }

    @Test
    void triggeredDemandLiftsAnApprovedExemptionAndLogsWhy() throws Exception {
        UUID firm = jdbc.sql("SELECT enterprise_id FROM inspection_exemption WHERE status = 'APPROVED' LIMIT 1")
                .query(UUID.class).single();
        UUID market = units.findByCode("U03").orElseThrow().id();
        LocalDate day = LocalDate.now().plusDays(3);
        JsonNode routine = body(WebSession.api(port, "handler").postJson("/api/v1/inspection/demands",
                demand(firm, market, day, day.plusDays(3), "routine")));
        assertThat(jdbc.sql("SELECT status || '/' || drop_reason FROM inspection_demand WHERE id = ?")
                .param(UUID.fromString(routine.get("id").asString())).query(String.class).single())
                .isEqualTo("DROPPED/EXEMPT");
        assertThat(WebSession.api(port, "handler").postJson("/api/v1/inspection/demands",
                demand(firm, market, day, day.plusDays(1), "triggered")).statusCode()).isEqualTo(201);
        JsonNode exemption = body(WebSession.api(port, "admin").get("/api/v1/inspection/exemptions/" + firm));
        assertThat(exemption.get("status").asString()).isEqualTo("LIFTED");
        assertThat(exemption.get("log").get(0).get("reason").asString()).contains("liftedByTrigger");
    }

    @Test
    void exemptionIsProposedOnlyForEligibleFirmsAndApprovedByAnAdministrator() throws Exception {
        UUID high = firm("A");
        HttpResponse<String> refused = WebSession.api(port, "dispatcher").postJson(
                "/api/v1/inspection/exemptions/" + high + "/propose", "{\"reason\":\"长期无问题\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).get("detail").asString()).contains("C 级");
        UUID low = jdbc.sql("""
                SELECT g.enterprise_id FROM inspection_grade g JOIN enterprise e ON e.id = g.enterprise_id
                WHERE coalesce(g.override_grade, g.computed_grade) = 'C' AND e.credit_status = 'GOOD'
                  AND NOT EXISTS (SELECT 1 FROM inspection_exemption x WHERE x.enterprise_id = e.id)
                  AND NOT EXISTS (SELECT 1 FROM inspection_demand d WHERE d.enterprise_id = e.id AND d.kind = 'TRIGGERED')
                LIMIT 1""").query(UUID.class).single();
        assertThat(WebSession.api(port, "dispatcher").postJson("/api/v1/inspection/exemptions/" + low + "/propose",
                "{\"reason\":\"低风险、信用良好\"}").statusCode()).isEqualTo(200);
        assertThat(WebSession.api(port, "dispatcher").postJson("/api/v1/inspection/exemptions/" + low + "/approve",
                "{}").statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "admin").postJson("/api/v1/inspection/exemptions/" + low + "/approve",
                "{}").statusCode()).isEqualTo(200);
        assertThat(body(WebSession.api(port, "admin").get("/api/v1/inspection/exemptions/" + low)).get("status")
                .asString()).isEqualTo("APPROVED");
    }

    @Test
    void commandRoomPlansATownWeekWatchesProgressReviewsAndPublishesThenDepartmentsSeeTheirTasks() throws Exception {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        assertThat(WebSession.api(port, "handler").postJson("/api/v1/inspection/plans",
                "{\"town\":\"T01\",\"weekStart\":\"" + monday + "\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> tuesday = WebSession.api(port, "dispatcher").postJson("/api/v1/inspection/plans",
                "{\"town\":\"T01\",\"weekStart\":\"" + monday.plusDays(1) + "\"}");
        assertThat(body(tuesday).get("field").asString()).isEqualTo("weekStart");
        assertThat(body(WebSession.api(port, "dispatcher").postJson("/api/v1/inspection/plans",
                "{\"town\":\"C01\",\"weekStart\":\"" + monday + "\"}")).get("field").asString()).isEqualTo("town");

        WebSession dispatcher = WebSession.api(port, "dispatcher");
        JsonNode run = body(dispatcher.postJson("/api/v1/inspection/plans",
                "{\"town\":\"T01\",\"weekStart\":\"" + monday + "\"}"));
        String runId = run.get("runId").asString();
        assertThat(WebSession.api(port, "admin").get("/api/v1/inspection/plans/runs/" + runId).statusCode())
                .isEqualTo(404);
        JsonNode state = run;
        for (int i = 0; i < 120 && state.get("planId").isNull() && !state.get("failed").asBoolean(); i++) {
            Thread.sleep(250);
            state = body(dispatcher.get("/api/v1/inspection/plans/runs/" + runId));
            assertThat(state.get("percent").asInt()).isBetween(0, 100);
        }
        assertThat(state.get("failed").asBoolean()).isFalse();
        String planId = state.get("planId").asString();
        JsonNode plan = body(dispatcher.get("/api/v1/inspection/plans/" + planId));
        assertThat(plan.get("plan").get("summary").asString()).contains("unplaced=0");
        assertThat(plan.get("visits").size()).isPositive();
        assertThat(plan.get("visits").toString()).contains("\"unitIds\":[\"");
        long version = plan.get("plan").get("version").asLong();

        JsonNode visit = plan.get("visits").get(0);
        HttpResponse<String> outside = dispatcher.postJson("/api/v1/inspection/plans/" + planId + "/visits/"
                + visit.get("id").asString() + "/move", "{\"date\":\"" + monday.plusDays(9) + "\",\"version\":" + version + "}");
        assertThat(body(outside).get("field").asString()).isEqualTo("date");

        assertThat(WebSession.api(port, "handler").postJson("/api/v1/inspection/plans/" + planId + "/publish",
                "{\"version\":" + version + "}").statusCode()).isEqualTo(403);
        JsonNode published = body(dispatcher.postJson("/api/v1/inspection/plans/" + planId + "/publish",
                "{\"version\":" + version + "}"));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(dispatcher.postJson("/api/v1/inspection/plans/" + planId + "/publish",
                "{\"version\":" + published.get("version").asLong() + "}").statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_demand WHERE plan_id = ? AND status = 'PLANNED'")
                .param(UUID.fromString(planId)).query(Long.class).single()).isPositive();

        UUID market = units.findByCode("U03").orElseThrow().id();
        JsonNode tasks = body(WebSession.api(port, "handler").get("/api/v1/inspection/tasks"));
        assertThat(tasks.size()).isPositive();
        for (JsonNode t : tasks) {
            assertThat(t.get("unitIds").toString()).contains(market.toString());
        }
    }

    private String demand(UUID firm, UUID unit, LocalDate earliest, LocalDate latest, String kind) {
        return "{\"enterpriseId\":\"" + firm + "\",\"unitId\":\"" + unit + "\",\"earliest\":\"" + earliest
                + "\",\"latest\":\"" + latest + "\",\"minutes\":60,\"kind\":\"" + kind + "\",\"forms\":\"通用类\"}";
    }

    private UUID firm(String grade) {
        return jdbc.sql("""
                SELECT enterprise_id FROM inspection_grade WHERE computed_grade = ? AND override_grade IS NULL
                  AND enterprise_id NOT IN (SELECT enterprise_id FROM inspection_exemption)
                ORDER BY enterprise_id LIMIT 1""").param(grade).query(UUID.class).single();
    }

    private JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }
}
