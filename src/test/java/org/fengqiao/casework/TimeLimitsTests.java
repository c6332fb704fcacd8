package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.fengqiao.org.Actor;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Time limits on the real working calendar (2026 holidays and make-up days) and the embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeLimitsTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseHandling handling;
    @Autowired
    ClockControl control;
    @Autowired
    TimeLimits limits;
    @Autowired
    OverdueLedger ledger;
    @Autowired
    FastTrackStatistics fastTrack;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.fengqiao.org.Units units;

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    /** A case submitted and accepted at {@code submitted}, optionally classified, assigned to U03 at {@code assigned}. */
    CaseId assigned(String submitted, String assigned, Urgency urgency, boolean fast) {
        Actor dispatcher = actor("dispatcher");
        Case c = intake.submit(new Submission("冷库制冷异常", "冷库温度持续偏高，担心食品变质，请市场监管部门检查。",
                Category.BUSINESS_OPERATIONS, "李先生", "13700002222", null, "枫溪冷链物流有限公司", "工业园区 9 号", null,
                null, "C01", null), dispatcher, Channel.PHONE, at(submitted)).filed();
        handling.act(c.id(), Action.ACCEPT, CaseCommand.version(0), dispatcher, Channel.WORKBENCH, at(submitted));
        if (urgency != Urgency.GENERAL || fast) {
            control.classify(c.id(), 1, urgency, fast, dispatcher, at(submitted));
        }
        handling.act(c.id(), Action.ASSIGN, new CaseCommand(1L, null, null, List.of("U03"), null, null, null, null, null,
                null), dispatcher, Channel.WORKBENCH, at(assigned));
        return c.id();
    }

    Instant dueAt(CaseId id) {
        return jdbc.sql("SELECT due_at FROM cases WHERE id = ?").param(id.value()).query(java.sql.Timestamp.class)
                .single().toInstant();
    }

    long version(CaseId id) {
        return jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
    }

    @Test
    void aGeneralCaseIsDueSevenWorkingDaysAfterAssignmentSkippingNationalDayAndCountingTheMakeUpSaturday() {
        CaseId id = assigned("2026-09-30T09:00", "2026-09-30T10:00", Urgency.GENERAL, false);
        // 10/1–10/7 holiday; working days after 9/30: 10/8, 10/9, 10/10 (Sat, make-up), 10/12, 10/13, 10/14, 10/15
        assertThat(dueAt(id)).isEqualTo(at("2026-10-15T10:00"));
        var snapshot = limits.snapshot(id.value(), at("2026-10-14T10:00"));
        assertThat(snapshot.phase(Phase.RESOLVE).state()).isEqualTo(PhaseClock.State.YELLOW);
        assertThat(snapshot.phase(Phase.ACCEPT).state()).isEqualTo(PhaseClock.State.MET);
    }

    @Test
    void urgentCasesCountClockHoursEvenOnAPublicHoliday() {
        CaseId id = assigned("2026-10-02T09:30", "2026-10-02T10:00", Urgency.URGENT, false);
        assertThat(dueAt(id)).isEqualTo(at("2026-10-02T12:00"));
        assertThat(limits.snapshot(id.value(), at("2026-10-02T12:01")).phase(Phase.RESOLVE).state())
                .isEqualTo(PhaseClock.State.RED);
    }

    @Test
    void aPauseWithAReasonMovesTheDueTimeByTheWorkingDaysItSpanned() {
        CaseId id = assigned("2026-11-02T09:00", "2026-11-02T10:00", Urgency.GENERAL, false);
        assertThat(dueAt(id)).isEqualTo(at("2026-11-11T10:00"));
        Actor handler = actor("handler");
        control.pause(id, version(id), "等待第三方检测报告", handler, at("2026-11-03T10:00"));
        assertThat(limits.snapshot(id.value(), at("2026-11-04T10:00")).phase(Phase.RESOLVE).state())
                .isEqualTo(PhaseClock.State.PAUSED);
        assertThatThrownBy(() -> control.pause(id, version(id), "again", handler, at("2026-11-04T10:00")))
                .isInstanceOf(ClockRefused.class);
        control.resume(id, version(id), handler, at("2026-11-05T10:00"));
        assertThat(dueAt(id)).isEqualTo(at("2026-11-13T10:00"));
        assertThat(jdbc.sql("SELECT action FROM case_clock_log WHERE case_id = ? ORDER BY seq").param(id.value())
                .query(String.class).list()).containsExactly("PAUSE", "RESUME");
    }

    @Test
    void anOverdueCaseCannotBePausedAndNothingChanges() {
        CaseId id = assigned("2026-11-02T09:00", "2026-11-02T10:00", Urgency.GENERAL, false);
        assertThatThrownBy(() -> control.pause(id, version(id), "晚了", actor("handler"), at("2026-11-12T10:00")))
                .isInstanceOf(ClockRefused.class);
        assertThat(limits.snapshot(id.value(), at("2026-11-12T10:00")).clock().paused()).isFalse();
        assertThat(dueAt(id)).isEqualTo(at("2026-11-11T10:00"));
        assertThat(jdbc.sql("SELECT count(*) FROM case_clock_log WHERE case_id = ?").param(id.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheLeadUnitsHeadApprovesAnExtensionAndTheApprovalMovesTheResolveDueTime() {
        CaseId id = assigned("2026-11-02T09:00", "2026-11-02T10:00", Urgency.GENERAL, false);
        UUID request = control.requestExtension(id, version(id), 3, "需联合住建部门现场核查", actor("handler"),
                at("2026-11-05T10:00"));
        assertThatThrownBy(() -> control.requestExtension(id, version(id), 2, "again", actor("handler"),
                at("2026-11-05T11:00"))).isInstanceOf(ClockRefused.class);
        assertThatThrownBy(() -> control.decideExtension(id, request, version(id), true, actor("handler"),
                at("2026-11-05T12:00"))).isInstanceOf(Forbidden.class);
        assertThat(dueAt(id)).isEqualTo(at("2026-11-11T10:00"));
        control.decideExtension(id, request, version(id), true, actor("head"), at("2026-11-06T09:00"));
        assertThat(dueAt(id)).isEqualTo(at("2026-11-16T10:00"));
        assertThatThrownBy(() -> control.decideExtension(id, request, version(id), false, actor("head"),
                at("2026-11-06T09:30"))).isInstanceOf(ClockRefused.class);
        assertThatThrownBy(() -> control.requestExtension(id, version(id), 0, "x", actor("handler"),
                at("2026-11-06T10:00"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void acknowledgingIsNotAResponseButTheFirstProgressNoteIs() {
        CaseId id = assigned("2026-11-02T09:00", "2026-11-02T10:00", Urgency.GENERAL, false);
        Actor handler = actor("handler");
        handling.act(id, Action.ACKNOWLEDGE, CaseCommand.version(2), handler, Channel.WORKBENCH, at("2026-11-02T11:00"));
        var afterAck = limits.snapshot(id.value(), at("2026-11-02T12:00"));
        assertThat(afterAck.phase(Phase.ACKNOWLEDGE).state()).isEqualTo(PhaseClock.State.MET);
        assertThat(afterAck.phase(Phase.FIRST_REPLY).done()).isNull();
        handling.act(id, Action.PROGRESS, new CaseCommand(3L, "已联系企业，明日上门", null, null, null, null, null, null,
                null, null), handler, Channel.WORKBENCH, at("2026-11-03T09:00"));
        assertThat(limits.snapshot(id.value(), at("2026-11-03T10:00")).phase(Phase.FIRST_REPLY).done())
                .isEqualTo(at("2026-11-03T09:00"));
    }

    @Test
    void theOverdueLedgerListsAnOverdueCaseUnderItsUnitAndExportsIt() throws Exception {
        CaseId id = assigned("2026-11-02T09:00", "2026-11-02T10:00", Urgency.GENERAL, false);
        String number = jdbc.sql("SELECT number FROM cases WHERE id = ?").param(id.value()).query(String.class).single();
        Instant now = Instant.now();
        assertThat(ledger.entries(actor("dispatcher"), now, "U03", 0, 0)).anyMatch(e -> e.number().equals(number));
        assertThat(ledger.perUnit(actor("head"), now)).anyMatch(u -> u.unitCode().equals("U03") && u.count() >= 1);
        Actor police = new Actor(null, "duty-U01", "派出所值班", java.util.Set.of(org.fengqiao.org.Role.HANDLER),
                java.util.Set.of(units.findByCode("U01").orElseThrow().id()), List.of());
        assertThat(ledger.entries(police, now, null, 0, 0)).noneMatch(e -> e.number().equals(number));
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        var page = dispatcher.get("/casework/overdue?unit=U03");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number).contains("逾期台账");
        var csv = dispatcher.get("/casework/overdue.csv?unit=U03");
        assertThat(csv.body()).startsWith("\uFEFF编号").contains(number);
        var xlsx = dispatcher.getBytes("/casework/overdue.xlsx?unit=U03");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
        var list = dispatcher.get("/casework/cases?q=" + number);
        assertThat(list.body()).contains("badge red").contains(">逾期<");
        var panel = dispatcher.get("/casework/cases/" + id.value() + "/clock");
        assertThat(panel.body()).contains("已逾期").contains("7 个工作日");
    }

    @Test
    void fastTrackedCasesCountTheTimeSavedAgainstTheNormalLimit() {
        CaseId id = assigned("2026-11-09T09:00", "2026-11-09T10:00", Urgency.GENERAL, true);
        assertThat(dueAt(id)).isEqualTo(at("2026-11-12T10:00"));
        Actor head = actor("head");
        handling.act(id, Action.ACKNOWLEDGE, CaseCommand.version(2), head, Channel.WORKBENCH, at("2026-11-09T11:00"));
        handling.act(id, Action.RESOLVE, new CaseCommand(3L, null, null, null, null, null, "已督促企业整改", null, null,
                null), head, Channel.WORKBENCH, at("2026-11-10T10:00"));
        var summary = fastTrack.of(actor("dispatcher"));
        assertThat(summary.resolved()).isPositive();
        assertThat(summary.averageSavedHours()).isPositive();
        assertThat(summary.averageNormalLimitHours()).isGreaterThan(summary.averageHours());
    }

    @Test
    void onlyAdminsChangePoliciesAndANegativeLimitIsRefusedWithNothingSaved() throws Exception {
        Map<String, String> form = new java.util.HashMap<>(Map.of("category", "ENVIRONMENT", "urgency", "COMPLEX",
                "ACCEPT_amount", "4", "ACCEPT_unit", "WORKING_HOURS", "ACKNOWLEDGE_amount", "1",
                "ACKNOWLEDGE_unit", "WORKING_DAYS", "FIRST_REPLY_amount", "-2", "FIRST_REPLY_unit", "WORKING_DAYS",
                "RESOLVE_amount", "20", "RESOLVE_unit", "WORKING_DAYS"));
        form.put("responses", "PROGRESS");
        WebSession admin = WebSession.browser(port, "admin");
        admin.get("/casework/time-limits");
        var refused = admin.post("/casework/time-limits", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("时限须为");
        assertThat(jdbc.sql("SELECT count(*) FROM time_limit_policy WHERE category = 'ENVIRONMENT'").query(Long.class)
                .single()).isZero();
        WebSession handler = WebSession.browser(port, "handler");
        handler.get("/casework/cases");
        form.put("FIRST_REPLY_amount", "5");
        assertThat(handler.post("/casework/time-limits", form).statusCode()).isEqualTo(403);
        var saved = admin.post("/casework/time-limits", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/casework/time-limits").body()).contains("20 个工作日");
        jdbc.sql("DELETE FROM time_limit_policy WHERE category = 'ENVIRONMENT'").update();
    }
}
