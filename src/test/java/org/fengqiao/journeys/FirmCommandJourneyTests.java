package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner of a firm on a 390 px phone: a 一键指令 the command room sent about the firm is on the phone page; the
 * owner acknowledges it with a reply, which is stored and shown to the command room, and the page never widens the
 * phone.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirmCommandJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFirmOwnerAcknowledgesACommandOnAPhone() throws Exception {
        UUID firm = jdbc.sql("""
                SELECT m.enterprise_id FROM enterprise_member m JOIN person p ON p.id = m.person_id
                WHERE p.username = 'enterprise' LIMIT 1""").query(UUID.class).single();
        String text = "请于今日内清理店门前占道堆放的杂物 " + ThreadLocalRandom.current().nextInt(1_000_000);
        String reply = "已清理完毕，店长周某负责 " + ThreadLocalRandom.current().nextInt(1_000_000);
        WebSession room = WebSession.browser(port, "dispatcher");
        room.get("/inspection/alerts");
        HttpResponse<String> raised = room.post("/inspection/alerts", Map.of("enterpriseId", firm.toString(),
                "source", "PATROL", "title", "门前占道堆放", "detail", "巡查发现店门前人行道堆放杂物"));
        String alert = raised.headers().firstValue("Location").orElseThrow();
        room.get(alert.substring(alert.indexOf("/inspection/")));
        HttpResponse<String> sent = room.post(alert.substring(alert.indexOf("/inspection/")) + "/commands",
                Map.of("text", text));
        String command = sent.headers().firstValue("Location").orElseThrow();

        try (Browser b = Browser.phone(port)) {
            b.login("enterprise", "fengqiao-demo");
            b.open("/inspection/firm/commands");
            b.waitForText(text);
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("80-firm-command");
            b.type("form[action$='/acknowledge'] textarea[name=note]", reply);
            b.click("form[action$='/acknowledge'] button[type=submit]");
            b.waitForText(reply);
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("81-firm-command-acknowledged");
        }
        UUID commandId = UUID.fromString(command.substring(command.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT note FROM inspection_command_firm WHERE command_id = ? AND acknowledged_at "
                + "IS NOT NULL AND acknowledged_by = 'enterprise'").param(commandId).query(String.class).single())
                .isEqualTo(reply);
        assertThat(room.get("/inspection/commands/" + commandId).body()).contains(reply);
    }
}
