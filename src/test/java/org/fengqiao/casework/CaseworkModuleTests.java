package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The casework module with the modules it depends on, on the embedded PostgreSQL: its events leave the module. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class CaseworkModuleTests {

    @Autowired
    CaseIntake intake;
    @Autowired
    CaseHandling handling;
    @Autowired
    People people;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Cases cases;

    @Autowired
    VerdictDeadline verdictDeadline;

    @Test
    @org.junit.jupiter.api.Order(2)
    void repliedCasesWithoutAVerdictPastTheLimitCloseAsNoVerdictNeverAsSolved() {
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(8));
        long replied = jdbc.sql("SELECT count(*) FROM cases WHERE status = 'REPLIED'").query(Long.class).single();
        assertThat(replied).isPositive();
        int closed = verdictDeadline.closeUnanswered(later);
        assertThat((long) closed).isEqualTo(Math.min(500, replied));
        assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE action = 'CLOSE' AND channel = 'SYSTEM'"
                + " AND detail = 'closure=NO_VERDICT'").query(Long.class).single()).isEqualTo(closed);
        assertThat(jdbc.sql("SELECT count(*) FROM cases WHERE status = 'REPLIED'").query(Long.class).single()).isZero();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void demoCasesCoverEveryStateAndEachHistoryReplaysToItsState() {
        var demo = jdbc.sql("SELECT id FROM cases WHERE created_at < now() - interval '1 minute'")
                .query(java.util.UUID.class).list();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM cases").query(String.class).list())
                .containsAll(java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        assertThat(jdbc.sql("SELECT DISTINCT closure_kind FROM cases WHERE closure_kind IS NOT NULL")
                .query(String.class).list()).contains("CONFIRMED", "NO_VERDICT", "BY_DISPATCHER");
        assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE at > now()").query(Long.class).single()).isZero();
        for (var id : demo) {
            Case c = cases.find(new CaseId(id)).orElseThrow();
            var replayed = HistoryReplay.replay(c.history());
            assertThat(replayed.status()).as(c.number()).isEqualTo(c.status());
            assertThat(replayed.closureKind()).as(c.number()).isEqualTo(c.closureKind());
            assertThat(replayed.returnCount()).isEqualTo(c.returnCount());
            assertThat(c.history()).hasSize((int) c.version() + 1);
        }
    }

    private Actor dispatcher() {
        var p = people.findByUsername("dispatcher").orElseThrow();
        return new Actor(p.id(), "dispatcher", "王坐席", Set.of(Role.DISPATCHER), p.unitIds(), List.of("/D01/"));
    }

    private Submission phoneCall() {
        return new Submission("园区路灯不亮", "园区东门路灯连续一周不亮，夜间下班员工出行不安全。", Category.URBAN_CONSTRUCTION,
                "刘女士", "13700001111", null, "枫溪精密机械有限公司", "工业园区东门", null, null, "C02", null);
    }

    @Test
    void aPhoneCallBecomesACaseAndPublishesCaseSubmitted(Scenario scenario) {
        scenario.stimulate(() -> intake.submit(phoneCall(), dispatcher(), Channel.PHONE))
                .andWaitForEventOfType(CaseSubmitted.class)
                .matching(e -> e.title().equals("园区路灯不亮"))
                .toArriveAndVerify(e -> {
                    assertThat(e.number()).startsWith("QY-");
                    assertThat(e.channel()).isEqualTo(Channel.PHONE);
                    assertThat(e.jurisdictionPath()).isEqualTo("/D01/T01/C02/");
                });
    }

    @Test
    void assigningPublishesCaseAssignedWithTheLeadUnitAndADueTime(Scenario scenario) {
        Case c = intake.submit(phoneCall(), dispatcher(), Channel.PHONE).filed();
        handling.act(c.id(), Action.ACCEPT, CaseCommand.version(0), dispatcher(), Channel.WORKBENCH);
        CaseCommand assign = new CaseCommand(1L, null, null, List.of("U06", "U03"), null, null, null, null, null, null);
        scenario.stimulate(() -> handling.act(c.id(), Action.ASSIGN, assign, dispatcher(), Channel.WORKBENCH))
                .andWaitForEventOfType(CaseAssigned.class)
                .matching(e -> e.caseId().equals(c.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.leadUnitId()).isEqualTo(java.util.UUID.nameUUIDFromBytes("unit:U06".getBytes()));
                    assertThat(e.coUnitIds()).containsExactly(java.util.UUID.nameUUIDFromBytes("unit:U03".getBytes()));
                    assertThat(e.dueAt()).isAfter(e.at());
                });
    }
}
