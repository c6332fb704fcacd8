package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.casework.CaseClosed;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.ClosureKind;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The community module with its dependencies on the embedded PostgreSQL: casework's events reach its needs. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class CommunityModuleTests {

    static final Actor GRID = new Actor(null, "grid-test", "网格员", Set.of(Role.OFFICER), Set.of(),
            List.of("/D01/T01/C01/"));

    @Autowired
    NeedIntake intake;
    @Autowired
    Needs needs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNeedHandledAsACaseIsDoneWhenTheCaseCloses(Scenario scenario) {
        Need need = intake.record("C01", "路灯不亮 " + UUID.randomUUID(), "周先生", "13912345678", GRID).need();
        UUID caseId = UUID.randomUUID();
        jdbc.sql("UPDATE community_need SET status = 'CASE', case_id = ?, case_number = 'MS-TEST' WHERE id = ?")
                .params(caseId, need.id()).update();

        scenario.publish(new CaseClosed(new CaseId(caseId), "MS-TEST", Instant.now(), ClosureKind.CONFIRMED))
                .andWaitForStateChange(() -> needs.find(need.id()).orElseThrow().status(),
                        s -> s == Need.Status.DONE)
                .andVerify(s -> assertThat(needs.steps(need.id())).last()
                        .satisfies(step -> assertThat(step.note()).isEqualTo("MS-TEST")));
    }

    @Test
    void takingInANeedIsAnAuditedEvent(Scenario scenario) {
        scenario.stimulate(() -> intake.record("C01", "需要法律咨询 " + UUID.randomUUID(), null, null, GRID))
                .andWaitForEventOfType(CommunityChanged.class)
                .matching(e -> e.auditAction().equals("community.need.raise"))
                .toArriveAndVerify(e -> assertThat(e.auditActor()).isEqualTo("grid-test"));
    }
}
