package org.fengqiao.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.People;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** notify with org on the embedded PostgreSQL, db-scheduler running, and a robot stub on 127.0.0.1. */
@ApplicationModuleTest(extraIncludes = "platform", mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class NotifyModuleTests {

    /** Fails its first post, so the delivery needs db-scheduler's retry. */
    static final RobotStub ROBOT = start();

    @DynamicPropertySource
    static void robot(DynamicPropertyRegistry registry) {
        registry.add("fengqiao.notify.webhook-url", ROBOT::url);
        registry.add("fengqiao.notify.retry-first", () -> "1s");
        registry.add("db-scheduler.polling-interval", () -> "1s");
    }

    @AfterAll
    static void stop() {
        ROBOT.close();
    }

    @Autowired
    Inbox inbox;
    @Autowired
    People people;
    @Autowired
    Units units;
    @Autowired
    DutyRoster roster;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    /** Another module's event, as casework's will be. */
    record CaseOverdue(UUID handlerId, String caseNumber) implements Notifiable {
        @Override
        public Notice notice() {
            return Notice.toPerson(handlerId, "事项 " + caseNumber + " 已超时", "请尽快办理", "/cases/" + caseNumber);
        }
    }

    @Test
    void aPublishedNotifiableEventLandsInThePersonsInbox(Scenario scenario) {
        UUID handler = people.findByUsername("handler").orElseThrow().id();
        long before = inbox.unread(handler);
        scenario.publish(new CaseOverdue(handler, "FQ-2026-0001"))
                .andWaitForStateChange(() -> inbox.unread(handler), n -> n > before)
                .andVerify(n -> {
                    assertThat(n).isEqualTo(before + 1);
                    assertThat(inbox.page(handler, true, false, 0, 1).get(0).title()).contains("FQ-2026-0001");
                });
    }

    @Test
    void aNoticeToAUnitReachesItsDutySupervisorAndTheRobotAfterARetry(Scenario scenario) {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID onDuty = roster.onDutyNow(market).orElseThrow().personId();
        long before = inbox.unread(onDuty);
        String title = "联席会商通知 " + UUID.randomUUID();
        scenario.stimulate(() -> notifications.send(Notice.toUnit(market, title, "明天 9:00 会商", null, true)))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> status("webhook", title), "SENT"::equals)
                .andVerify(status -> {
                    assertThat(inbox.unread(onDuty)).isEqualTo(before + 1);
                    assertThat(ROBOT.received).filteredOn(b -> b.contains(title)).hasSize(2);
                    assertThat(jdbc.sql("SELECT attempts FROM notify_delivery WHERE channel = 'webhook' AND title = ?")
                            .param(title).query(Integer.class).single()).isEqualTo(2);
                });
    }

    @Test
    void urgentNoticesAlsoGoOutBySms(Scenario scenario) {
        UUID market = units.findByCode("U03").orElseThrow().id();
        String title = "紧急 " + UUID.randomUUID();
        scenario.stimulate(() -> notifications.send(new Notice(Set.of(), Set.of(market), title, "", null, true)))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> status("sms", title) + "/" + status("webhook", title), "SENT/SENT"::equals)
                .andVerify(status -> assertThat(jdbc.sql("SELECT address FROM notify_delivery WHERE channel = 'sms' AND title = ?")
                        .param(title).query(String.class).single()).matches("1\\d{10}"));
    }

    private String status(String channel, String title) {
        return jdbc.sql("SELECT status FROM notify_delivery WHERE channel = ? AND title = ?").params(channel, title)
                .query(String.class).optional().orElse(null);
    }

    private static RobotStub start() {
        try {
            return new RobotStub(1, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
