package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Casework's escalation event leaves the module for insight and notify: one per whistle, naming rung and party. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class EscalationModuleTests {

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    Whistles whistles;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    @Test
    void theReportersWhistlePublishesCaseEscalatedForTheFirstRungWithTheAssociationAsParty(Scenario scenario) {
        Actor enterprise = actor("enterprise");
        CaseId id = fixtures.enterpriseMatter("消防验收排期过长", "新店装修完毕，消防验收排期一个月，影响开业。", "枫溪小厨餐饮店",
                "东湖路 18 号");
        fixtures.stageRanOut(id);

        scenario.stimulate(() -> whistles.byReporter(id, enterprise, Instant.now()))
                .andWaitForEventOfType(CaseEscalated.class)
                .matching(e -> e.caseId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.rung()).isEqualTo(1);
                    assertThat(e.trigger()).isEqualTo("REPORTER");
                    assertThat(e.partyUnitId()).isEqualTo(units.findByCode("U09").orElseThrow().id());
                    assertThat(e.notice().unitIds()).contains(e.partyUnitId());
                });
    }
}
