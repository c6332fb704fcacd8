package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What casework's integration tests set up again and again: a demo account as an {@link Actor}, a case filed,
 * accepted and assigned to the market regulator U03 by the dispatcher, and a ladder stage that ran out. A component
 * of the test sources, found by the application's component scan in every context that holds casework (whole
 * application and casework's module tests alike), so that no test's context differs for it.
 */
@Component
class CaseFixtures {

    private final People people;
    private final Jurisdictions jurisdictions;
    private final CaseIntake intake;
    private final CaseHandling handling;
    private final JdbcClient jdbc;

    CaseFixtures(People people, Jurisdictions jurisdictions, CaseIntake intake, CaseHandling handling,
            JdbcClient jdbc) {
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.intake = intake;
        this.handling = handling;
        this.jdbc = jdbc;
    }

    /** The demo account of that name, with its jurisdictions resolved to paths, as a signed-in request has it. */
    Actor actor(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        List<String> paths = new ArrayList<>();
        p.jurisdictionIds().forEach(j -> jurisdictions.find(j).ifPresent(x -> paths.add(x.path())));
        return new Actor(p.id(), p.username(), p.displayName(), p.roles(), p.unitIds(), paths);
    }

    /** Filed by the named account through the channel, then accepted and assigned to U03 by the dispatcher, all at {@code at}. */
    CaseId assignedToU03(Submission submission, String filedBy, Channel channel, Instant at) {
        Case c = intake.submit(submission, actor(filedBy), channel, at).filed();
        Actor dispatcher = actor("dispatcher");
        handling.act(c.id(), Action.ACCEPT, CaseCommand.version(0), dispatcher, Channel.WORKBENCH, at);
        handling.act(c.id(), Action.ASSIGN, new CaseCommand(1L, null, null, List.of("U03"), null, null, null, null,
                null, null), dispatcher, Channel.WORKBENCH, at);
        return c.id();
    }

    /** An enterprise's own matter on the demo enterprise ladder, filed on the web form and assigned to U03 now. */
    CaseId enterpriseMatter(String title, String description, String enterprise, String address) {
        return assignedToU03(new Submission(title, description, Category.BUSINESS_OPERATIONS, "周老板", "13800000006",
                null, enterprise, address, null, null, "C01", null), "enterprise", Channel.WEB_FORM, Instant.now());
    }

    /** The case's current stage on its ladder started twenty days ago: long past any demo rung's limit. */
    void stageRanOut(CaseId id) {
        jdbc.sql("UPDATE case_escalation SET since = since - interval '20 days' WHERE case_id = ?").param(id.value())
                .update();
    }

    long version(CaseId id) {
        return jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
    }
}
