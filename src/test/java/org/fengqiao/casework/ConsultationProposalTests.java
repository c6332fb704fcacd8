package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The last rung of the 三哨三到 ladder proposes a joint consultation, which one click convenes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationProposalTests {

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseHandling handling;
    @Autowired
    Whistles whistles;
    @Autowired
    ConsultationProposals proposals;
    @Autowired
    Consultations consultations;
    @Autowired
    JdbcClient jdbc;

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    /** An enterprise matter (demo ladder of three rungs) assigned to U03 and climbed to the top rung. */
    CaseId onTopRung() {
        CaseId id = fixtures.enterpriseMatter("厂区道路审批久拖不决", "厂区道路改造审批材料已提交一个月，多部门互相推诿。",
                "枫溪精密机械有限公司", "工业园区 5 号");
        int rungs = jdbc.sql("""
                SELECT count(*) FROM escalation_rung r JOIN case_escalation p ON p.ladder_id = r.ladder_id
                WHERE p.case_id = ?""").param(id.value()).query(Integer.class).single();
        for (int rung = 1; rung <= rungs; rung++) {
            fixtures.stageRanOut(id);
            assertThat(proposals.fire(id.value(), Instant.now())).as("no proposal below the top").isFalse();
            assertThat(whistles.byTimer(id.value(), rung, Instant.now())).isTrue();
        }
        return id;
    }

    @Test
    void whenTheTopRungRunsOutTheCaseProposesAConsultationOnceAndOneClickConvenesIt() {
        CaseId id = onTopRung();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(ConsultationProposals.TASK.getTaskName(), id.value().toString()).query(Long.class).single())
                .as("the top rung's timer is set").isEqualTo(1);
        assertThat(proposals.fire(id.value(), Instant.now())).as("the top rung's time has not run out").isFalse();
        assertThat(proposals.open(id.value())).isEmpty();

        fixtures.stageRanOut(id);
        assertThat(proposals.fire(id.value(), Instant.now())).isTrue();
        assertThat(proposals.fire(id.value(), Instant.now())).as("once per stay on the top rung").isFalse();
        assertThat(proposals.open(id.value())).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%ConsultationProposed'"
                + " AND serialized_event LIKE ?").param("%" + id.value() + "%").query(Long.class).single())
                .as("the command room and the lead unit are notified").isPositive();

        assertThatThrownBy(() -> proposals.convene(id, actor("handler"), Instant.now()))
                .isInstanceOf(DomainException.class);
        UUID convened = proposals.convene(id, actor("dispatcher"), Instant.now());

        Consultations.Consultation k = consultations.ofCase(id.value()).stream().filter(x -> x.id().equals(convened))
                .findFirst().orElseThrow();
        assertThat(k.units()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(k.place()).isNotBlank();
        assertThat(k.meetsAt()).isAfter(Instant.now());
        assertThat(proposals.open(id.value())).isEmpty();
        assertThatThrownBy(() -> proposals.convene(id, actor("dispatcher"), Instant.now()))
                .isInstanceOf(EscalationRefused.class);
    }

    @Test
    void aResolvedCaseGetsNoProposalAndItsTimerIsRemoved() {
        CaseId id = onTopRung();
        Actor handler = actor("handler");
        long v = jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
        handling.act(id, Action.ACKNOWLEDGE, CaseCommand.version(v), handler, Channel.WORKBENCH, Instant.now());
        handling.act(id, Action.RESOLVE, new CaseCommand(v + 1, null, null, null, null, null, "审批已办结", null, null,
                null), handler, Channel.WORKBENCH, Instant.now());
        fixtures.stageRanOut(id);
        assertThat(proposals.fire(id.value(), Instant.now())).isFalse();
        assertThat(proposals.open(id.value())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(ConsultationProposals.TASK.getTaskName(), id.value().toString()).query(Long.class).single())
                .isZero();
    }
}
