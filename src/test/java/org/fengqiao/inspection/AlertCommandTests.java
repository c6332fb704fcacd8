package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.fengqiao.WebSession;
import org.fengqiao.org.Actor;
import org.fengqiao.org.PersonPrincipal;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 一次触发、多端响应 and 一键指令: an alert reaches every unit concerned, each acknowledges once; a command from it
 * goes to the same units, the page shows who has not acknowledged, and a missed limit escalates exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertCommandTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    AlertFanOut fanOut;
    @Autowired
    OneClickCommands commands;
    @Autowired
    Grading grading;

    Actor actor(String username) {
        return ((PersonPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    @Test
    void anAlertReachesEveryUnitConcernedAndACommandFromItTracksWhoHasNotAcknowledged() throws Exception {
        Map<String, Object> firm = jdbc.sql("SELECT id, name FROM enterprise WHERE jurisdiction_path LIKE '/D01/T01/%' "
                + "ORDER BY id LIMIT 1").query().singleRow();
        UUID firmId = (UUID) firm.get("id");
        UUID police = units.findByCode("U01").orElseThrow().id();
        UUID commandRoom = units.findByCode("U08").orElseThrow().id();
        UUID westPolice = units.findByCode("U02").orElseThrow().id();
        InspectionAlert alert = fanOut.raise(actor("dispatcher"), firmId, "DATA_POOL", "燃气泄漏报警",
                "共享数据池推送：燃气浓度超标");
        List<UUID> reached = alert.receipts().stream().map(InspectionAlert.Receipt::unitId).toList();
        List<UUID> departments = jdbc.sql("SELECT unit_id FROM inspection_frequency WHERE grade = ? AND times_per_year > 0")
                .param(grading.of(firmId).effective().name()).query(UUID.class).list();
        assertThat(reached).contains(police, commandRoom).containsAll(departments).doesNotContain(westPolice)
                .doesNotHaveDuplicates();
        assertThat(alert.pending()).isEqualTo(reached.size());

        fanOut.acknowledge(actor("officer"), alert.id(), police);
        assertThatThrownBy(() -> fanOut.acknowledge(actor("officer"), alert.id(), police))
                .isInstanceOf(InvalidInput.class).hasMessage("inspection.alert.alreadyAcknowledged");
        assertThatThrownBy(() -> fanOut.acknowledge(actor("officer"), alert.id(), commandRoom))
                .isInstanceOf(Forbidden.class);
        assertThat(fanOut.visible(actor("dispatcher"), alert.id()).pending()).isEqualTo(reached.size() - 1);

        InspectionCommand command = commands.issue(actor("dispatcher"), alert.id(), "立即组织联合检查并于24小时内反馈");
        assertThat(command.receipts()).extracting(InspectionAlert.Receipt::unitId)
                .containsExactlyInAnyOrderElementsOf(reached);
        assertThat(Duration.between(command.issuedAt(), command.dueAt())).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> commands.issue(actor("officer"), alert.id(), "x")).isInstanceOf(Forbidden.class);
        java.sql.Timestamp timer = jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND "
                + "task_instance = ?").params(OneClickCommands.DUE.getTaskName(), command.id().toString())
                .query(java.sql.Timestamp.class).single();
        assertThat(Duration.between(command.dueAt(), timer.toInstant()).abs()).isLessThan(Duration.ofSeconds(1));

        WebSession officer = WebSession.browser(port, "officer");
        String page = officer.get("/inspection/commands/" + command.id()).body();
        assertThat(page).contains("未签收单位（" + command.pending() + "）", "东湖派出所").doesNotContain("??inspection.");
        assertThat(officer.post("/inspection/commands/" + command.id() + "/acknowledge",
                Map.of("unitId", police.toString(), "note", "已安排民警到场")).statusCode()).isEqualTo(302);
        String after = WebSession.browser(port, "dispatcher").get("/inspection/commands/" + command.id()).body();
        assertThat(after).contains("未签收单位（" + (command.pending() - 1) + "）", "已安排民警到场", "东湖街道综合信息指挥室");
        assertThat(officer.post("/inspection/commands/" + command.id() + "/acknowledge",
                Map.of("unitId", police.toString())).statusCode()).isEqualTo(422);
        assertThat(WebSession.browser(port, "enterprise").get("/inspection/alerts/" + alert.id()).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.browser(port, "dispatcher").get("/inspection/alerts").body()).contains("燃气泄漏报警");

        assertThat(commands.escalateIfMissed(command.id(), Instant.now())).as("within the limit").isFalse();
        Instant late = command.dueAt().plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> await(start, () ->
                commands.escalateIfMissed(command.id(), late)));
        CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> await(start, () ->
                commands.escalateIfMissed(command.id(), late)));
        start.countDown();
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
        assertThat(commands.escalateIfMissed(command.id(), late.plusSeconds(60))).isFalse();
        assertThat(commands.visible(actor("dispatcher"), command.id()).escalatedAt()).isNotNull();
    }

    @Test
    void theFirmACommandConcernsAcknowledgesItOnItsPhoneAndTheCommandRoomSeesTheReply() throws Exception {
        UUID zhou = jdbc.sql("""
                SELECT m.enterprise_id FROM enterprise_member m JOIN person p ON p.id = m.person_id
                WHERE p.username = 'enterprise' LIMIT 1""").query(UUID.class).single();
        String name = jdbc.sql("SELECT name FROM enterprise WHERE id = ?").param(zhou).query(String.class).single();
        InspectionAlert alert = fanOut.raise(actor("dispatcher"), zhou, "PATROL", "排烟管道油污积存",
                "巡查发现后厨排烟管道油污积存，有起火隐患");
        String text = "请立即停用排烟管道并清理油污 " + UUID.randomUUID().toString().substring(0, 8);
        InspectionCommand command = commands.issue(actor("dispatcher"), alert.id(), text);
        assertThat(command.firm()).isNotNull();
        assertThat(command.firm().enterpriseId()).isEqualTo(zhou);
        assertThat(command.pending()).isEqualTo(command.receipts().size() + 1);

        WebSession firm = WebSession.browser(port, "enterprise");
        String phone = firm.get("/inspection/firm/commands").body();
        assertThat(phone).contains(text, name, "签收").doesNotContain("??inspection.");
        assertThat(firm.get("/inspection/commands/" + command.id()).statusCode()).as("staff page").isEqualTo(403);
        assertThat(firm.post("/inspection/firm/commands/" + command.id() + "/acknowledge",
                Map.of("note", "已停用，明天请专业公司清洗")).statusCode()).isEqualTo(302);
        assertThat(firm.post("/inspection/firm/commands/" + command.id() + "/acknowledge", Map.of()).statusCode())
                .isEqualTo(422);
        assertThat(commands.visible(actor("dispatcher"), command.id()).pending())
                .isEqualTo(command.receipts().size());

        String tracking = WebSession.browser(port, "dispatcher").get("/inspection/commands/" + command.id()).body();
        assertThat(tracking).contains(name, "已停用，明天请专业公司清洗", "未签收单位（" + command.receipts().size() + "）");
        WebSession officer = WebSession.browser(port, "officer");
        officer.get("/inspection/alerts");
        assertThat(officer.post("/inspection/firm/commands/" + command.id() + "/acknowledge", Map.of()).statusCode())
                .isEqualTo(403);
        assertThatThrownBy(() -> commands.acknowledgeByFirm(actor("handler"), command.id(), null))
                .isInstanceOf(org.fengqiao.shared.NotFound.class);
    }

    private static boolean await(CountDownLatch start, java.util.function.BooleanSupplier call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return call.getAsBoolean();
    }
}
