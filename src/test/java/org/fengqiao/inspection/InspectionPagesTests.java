package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command room's and departments' pages in the browser, in Chinese, with role checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void dispatcherBuildsAPlanWatchingProgressThenSeesTheJointVisitsAndPublishes() throws Exception {
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        assertThat(dispatcher.get("/inspection/plans").body()).contains("可联合综合查、已覆盖无需查", "东湖街道");
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        HttpResponse<String> started = dispatcher.post("/inspection/plans",
                Map.of("town", "T02", "weekStart", monday.toString()));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/inspection/plans/runs/");
        String path = location.substring(location.indexOf("/inspection"));
        HttpResponse<String> page = dispatcher.get(path);
        for (int i = 0; i < 120 && page.statusCode() == 200; i++) {
            assertThat(page.body()).contains("正在编制计划").contains("<progress");
            Thread.sleep(250);
            page = dispatcher.get(path);
        }
        assertThat(page.statusCode()).isEqualTo(302);
        String planPath = page.headers().firstValue("Location").orElseThrow();
        planPath = planPath.substring(planPath.indexOf("/inspection"));
        String plan = dispatcher.get(planPath).body();
        assertThat(plan).contains("周联合检查计划", "草稿", "发布", "上门次数", "联合检查占比", "逐项分别上门需")
                .as("figures in words and department names, not the planner's summary line or a missing name")
                .doesNotContain("visits=", ">null<", "null、");
        UUID planId = UUID.fromString(planPath.substring(planPath.lastIndexOf('/') + 1));
        long version = jdbc.sql("SELECT version FROM inspection_plan WHERE id = ?").param(planId)
                .query(Long.class).single();
        assertThat(dispatcher.post(planPath + "/publish", Map.of("version", String.valueOf(version))).statusCode())
                .isEqualTo(302);
        assertThat(dispatcher.get(planPath).body()).contains("已发布").doesNotContain(">发布<");
    }

    @Test
    void planPagesAreForTheCommandRoomAndTaskPagesForDepartments() throws Exception {
        WebSession officer = WebSession.browser(port, "officer");
        assertThat(officer.get("/inspection/plans").statusCode()).isEqualTo(403);
        WebSession handler = WebSession.browser(port, "handler");
        assertThat(handler.get("/inspection/tasks").body()).contains("我的检查任务");
        handler.get("/inspection/plans");
        HttpResponse<String> refused = handler.post("/inspection/plans",
                Map.of("town", "T01", "weekStart", LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("只有指挥室");
    }

    @Test
    void gradePageExplainsTheScoreAndAnAdministratorOverridesItWithAReason() throws Exception {
        UUID firm = jdbc.sql("SELECT enterprise_id FROM inspection_grade WHERE override_grade IS NULL "
                + "ORDER BY score DESC LIMIT 1").query(UUID.class).single();
        WebSession auditor = WebSession.browser(port, "auditor");
        String page = auditor.get("/inspection/grades/" + firm).body();
        assertThat(page).contains("评分依据", "行业基础风险").doesNotContain("人工调整");
        assertThat(page).as("the industry by its name").containsPattern("行业基础风险（[\\p{IsHan}]+）")
                .doesNotContainPattern("行业基础风险（[A-Z_]+）");
        assertThat(auditor.get("/inspection/grades?grade=A").body()).contains("风险分级");
        assertThat(auditor.get("/inspection/grades?grade=Z").statusCode()).isEqualTo(422);
        WebSession admin = WebSession.browser(port, "admin");
        admin.get("/inspection/grades/" + firm);
        long version = jdbc.sql("SELECT version FROM inspection_grade WHERE enterprise_id = ?").param(firm)
                .query(Long.class).single();
        assertThat(admin.post("/inspection/grades/" + firm,
                Map.of("grade", "C", "reason", "已完成整改，复查合格", "version", String.valueOf(version))).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/inspection/grades/" + firm).body()).contains("已完成整改，复查合格");
    }
}
