package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
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
    CaseIntake intake;
    @Autowired
    CaseHandling handling;
    @Autowired
    Whistles whistles;
    @Autowired
    People people;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    Actor actor(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        List<String> paths = new ArrayList<>();
        p.jurisdictionIds().forEach(j -> jurisdictions.find(j).ifPresent(x -> paths.add(x.path())));
        return new Actor(p.id(), p.username(), p.displayName(), p.roles(), p.unitIds(), paths);
    }

    @Test
    void theReportersWhistlePublishesCaseEscalatedForTheFirstRungWithTheAssociationAsParty(Scenario scenario) {
        Actor enterprise = actor("enterprise");
        Case c = intake.submit(new Submission("消防验收排期过长", "新店装修完毕，消防验收排期一个月，影响开业。",
                Category.BUSINESS_OPERATIONS, "周老板", "13800000006", null, "枫溪小厨餐饮店", "东湖路 18 号", null, null,
                "C01", null), enterprise, Channel.WEB_FORM, Instant.now()).filed();
        Actor dispatcher = actor("dispatcher");
        handling.act(c.id(), Action.ACCEPT, CaseCommand.version(0), dispatcher, Channel.WORKBENCH, Instant.now());
        handling.act(c.id(), Action.ASSIGN, new CaseCommand(1L, null, null, List.of("U03"), null, null, null, null,
                null, null), dispatcher, Channel.WORKBENCH, Instant.now());
        jdbc.sql("UPDATE case_escalation SET since = since - interval '20 days' WHERE case_id = ?")
                .param(c.id().value()).update();

        scenario.stimulate(() -> whistles.byReporter(c.id(), enterprise, Instant.now()))
                .andWaitForEventOfType(CaseEscalated.class)
                .matching(e -> e.caseId().equals(c.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.rung()).isEqualTo(1);
                    assertThat(e.trigger()).isEqualTo("REPORTER");
                    assertThat(e.partyUnitId()).isEqualTo(units.findByCode("U09").orElseThrow().id());
                    assertThat(e.notice().unitIds()).contains(e.partyUnitId());
                });
    }
}
