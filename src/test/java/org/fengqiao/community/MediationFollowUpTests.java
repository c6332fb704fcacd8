package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.fengqiao.WebSession;
import org.fengqiao.org.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Mediation follow-ups (回访) run on casework's follow-up machinery: planned at the agreement with the policy's
 * offsets and a timer each, made due by the timer, listed and recorded on the unit's follow-up list beside case
 * follow-ups, shown on the mediation, settled (案结事了) into the mediators' figures; old rows moved by V9_2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediationFollowUpTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    WorkingCalendar calendar;

    String open(String mediator) throws Exception {
        HttpResponse<String> r = WebSession.api(port, "grid").postJson("/api/v1/community/C01/mediations",
                "{\"type\":\"NEIGHBOUR\",\"summary\":\"空调外机噪音扰邻\",\"applicants\":\"钱先生 13912340021\","
                        + "\"respondents\":\"孙女士 13912340022\",\"mediators\":\"" + mediator + "\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    String agree(String id) throws Exception {
        HttpResponse<String> r = WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id
                + "/agreement", "{\"terms\":\"孙女士于 10 日内移装空调外机\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        return id;
    }

    List<Map<String, Object>> rounds(String mediationId) {
        return jdbc.sql("SELECT * FROM case_follow_up WHERE subject_kind = 'MEDIATION' AND subject_id = ?"
                + " ORDER BY round").param(UUID.fromString(mediationId)).query().listOfRows();
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }

    JsonNode detail(String user, String id) throws Exception {
        return json.readTree(WebSession.api(port, user).get("/api/v1/community/mediations/" + id).body());
    }

    @Test
    void anAgreementIsFollowedUpOnTheUnitsListAndItsOutcomesShowOnTheMediationUntilSettled() throws Exception {
        String mediator = "回访调解员" + ThreadLocalRandom.current().nextInt(1_000_000);
        String id = agree(open(mediator));
        String number = detail("grid", id).get("mediation").get("number").asString();

        List<Map<String, Object>> planned = rounds(id);
        assertThat(planned).hasSize(2);
        assertThat(planned).extracting(r -> r.get("offset_days")).containsExactly(7, 30);
        assertThat(planned).extracting(r -> r.get("status")).containsOnly("PLANNED");
        UUID u01 = jdbc.sql("SELECT id FROM unit WHERE code = 'U01'").query(UUID.class).single();
        assertThat(planned).extracting(r -> r.get("unit_id")).containsOnly(u01);
        LocalDate firstDue = ((java.sql.Date) planned.get(0).get("due_on")).toLocalDate();
        assertThat(firstDue).isAfterOrEqualTo(LocalDate.now(ZONE).plusDays(7));
        assertThat(calendar.isWorkingDay(firstDue)).isTrue();
        UUID first = (UUID) planned.get(0).get("id");
        UUID second = (UUID) planned.get(1).get("id");
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-follow-up'"
                + " AND task_instance IN (?, ?)").params(first.toString(), second.toString()).query(Long.class)
                .single()).isEqualTo(2);

        // its day comes: the timer goes off (in whichever test context's scheduler picks it up)
        jdbc.sql("UPDATE case_follow_up SET due_on = current_date WHERE id = ?").param(first).update();
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'casework-follow-up'"
                + " AND task_instance = ?").param(first.toString()).update();
        await("the timer makes the follow-up due", () -> "DUE".equals(jdbc.sql(
                "SELECT status FROM case_follow_up WHERE id = ?").param(first).query(String.class).single()));

        WebSession officer = WebSession.browser(port, "officer");
        String list = officer.get("/casework/follow-ups?status=DUE&sort=latest").body();
        assertThat(list).contains(number).contains("/community/mediations/" + id).contains("人民调解：空调外机噪音扰邻")
                .contains("/casework/follow-ups/" + first);
        long version = jdbc.sql("SELECT version FROM case_follow_up WHERE id = ?").param(first).query(Long.class)
                .single();
        HttpResponse<String> recorded = officer.post("/casework/follow-ups/" + first, Map.of("version",
                String.valueOf(version), "method", "PHONE", "outcome", "HELD", "satisfaction", "5", "note",
                "外机已移装，邻里和睦"));
        assertThat(recorded.statusCode()).isIn(200, 302, 303);
        assertThat(rounds(id).get(0)).containsEntry("status", "DONE").containsEntry("outcome", "HELD")
                .containsEntry("recorded_by", "陈警官");

        JsonNode shown = detail("auditor", id);
        assertThat(shown.get("followUps").get(0).get("outcome").asString()).isEqualTo("HELD");
        assertThat(shown.get("followUps").get(0).get("satisfaction").asInt()).isEqualTo(5);
        assertThat(shown.get("followUps").get(0).get("contactPhone").asString()).contains("****");
        assertThat(shown.get("followUps").get(1).get("status").asString()).isEqualTo("PLANNED");
        assertThat(WebSession.browser(port, "grid").get("/community/mediations/" + id).body())
                .contains("外机已移装，邻里和睦").contains("协议履行良好").contains("陈警官");

        // the second round, recorded on the mediation itself by the grid worker: the close is settled
        jdbc.sql("UPDATE case_follow_up SET due_on = current_date WHERE id = ?").param(second).update();
        long v2 = jdbc.sql("SELECT version FROM case_follow_up WHERE id = ?").param(second).query(Long.class).single();
        HttpResponse<String> last = WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id
                + "/follow-ups", "{\"followUpId\":\"" + second + "\",\"version\":" + v2 + ",\"method\":\"VISIT\","
                + "\"outcome\":\"HELD\",\"satisfaction\":4,\"note\":\"一个月后仍无噪音\"}");
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(json.readTree(last.body()).get("settledAt").isNull()).isFalse();
        await("community hears of the settlement", () -> jdbc.sql("SELECT count(*) FROM community_mediation_settled"
                + " WHERE mediation_id = ?").param(UUID.fromString(id)).query(Long.class).single() == 1);
        assertThat(detail("grid", id).get("settledAt").isNull()).isFalse();
        JsonNode load = null;
        for (JsonNode w : json.readTree(WebSession.api(port, "officer").get("/api/v1/community/C01/mediators").body())) {
            if (w.get("mediator").asString().equals(mediator)) {
                load = w;
            }
        }
        assertThat(load).isNotNull();
        assertThat(load.get("agreed").asLong()).isEqualTo(1);
        assertThat(load.get("successRate").asDouble()).isEqualTo(1.0);
        assertThat(load.get("settled").asLong()).isEqualTo(1);
        assertThat(load.get("relapsed").asLong()).isZero();
    }

    @Test
    void aRelapseIsRecordedWithoutSettlingAndBadInputIsRefusedNamingTheField() throws Exception {
        String mediator = "反复调解员" + ThreadLocalRandom.current().nextInt(1_000_000);
        String id = agree(open(mediator));
        List<Map<String, Object>> planned = rounds(id);
        UUID first = (UUID) planned.get(0).get("id");
        UUID second = (UUID) planned.get(1).get("id");
        jdbc.sql("UPDATE case_follow_up SET due_on = current_date WHERE id = ?").param(first).update();
        WebSession grid = WebSession.api(port, "grid");
        String path = "/api/v1/community/mediations/" + id + "/follow-ups";

        JsonNode noSatisfaction = json.readTree(grid.postJson(path, "{\"followUpId\":\"" + first
                + "\",\"version\":0,\"method\":\"PHONE\",\"outcome\":\"HELD\"}").body());
        assertThat(noSatisfaction.get("field").asString()).isEqualTo("satisfaction");
        HttpResponse<String> notYet = grid.postJson(path, "{\"followUpId\":\"" + second
                + "\",\"version\":0,\"method\":\"PHONE\",\"outcome\":\"HELD\",\"satisfaction\":5}");
        assertThat(notYet.statusCode()).isEqualTo(409);
        assertThat(json.readTree(notYet.body()).get("field").asString()).isEqualTo("dueOn");
        String other = agree(open(mediator));
        assertThat(grid.postJson("/api/v1/community/mediations/" + other + "/follow-ups", "{\"followUpId\":\""
                + first + "\",\"version\":0,\"method\":\"PHONE\",\"outcome\":\"HELD\",\"satisfaction\":5}")
                .statusCode()).isEqualTo(404);
        assertThat(WebSession.api(port, "auditor").postJson(path, "{\"followUpId\":\"" + first
                + "\",\"version\":0,\"method\":\"PHONE\",\"outcome\":\"HELD\",\"satisfaction\":5}").statusCode())
                .isEqualTo(403);
        assertThat(rounds(id).get(0)).containsEntry("status", "PLANNED").containsEntry("version", 0L);

        HttpResponse<String> relapse = grid.postJson(path, "{\"followUpId\":\"" + first + "\",\"version\":0,"
                + "\"method\":\"VISIT\",\"holding\":false,\"satisfaction\":2,\"note\":\"外机未移，又起争执\"}");
        assertThat(relapse.statusCode()).isEqualTo(200);
        assertThat(rounds(id).get(0)).containsEntry("outcome", "RECURRED");
        assertThat(detail("grid", id).get("mediation").get("status").asString()).isEqualTo("AGREED");
        await("community hears of the relapse", () -> jdbc.sql("SELECT count(*) FROM community_mediation_follow_up"
                + " WHERE mediation_id = ? AND outcome = 'RECURRED'").param(UUID.fromString(id)).query(Long.class)
                .single() == 1);
        JsonNode load = null;
        for (JsonNode w : json.readTree(WebSession.api(port, "grid").get("/api/v1/community/C01/mediators").body())) {
            if (w.get("mediator").asString().equals(mediator)) {
                load = w;
            }
        }
        assertThat(load.get("agreed").asLong()).isEqualTo(2);
        assertThat(load.get("relapsed").asLong()).isEqualTo(1);
        assertThat(load.get("settled").asLong()).isZero();
    }

    @Test
    void aMediationsOldFollowUpRowsAreMovedOntoCaseworkWithNothingLost() throws Exception {
        String id = open("迁移调解员" + ThreadLocalRandom.current().nextInt(1_000_000));
        UUID mediation = UUID.fromString(id);
        jdbc.sql("UPDATE community_mediation SET status = 'AGREED', terms = '互相谅解', closed_at = now() - interval '10 days'"
                + " WHERE id = ?").param(mediation).update();
        JdbcTemplate plain = new JdbcTemplate(dataSource);
        plain.execute("""
                CREATE TABLE IF NOT EXISTS community_mediation_followup (
                    id uuid PRIMARY KEY, mediation_id uuid NOT NULL REFERENCES community_mediation (id),
                    due_on date NOT NULL, done_at timestamptz, holding boolean, note text, done_by text)""");
        UUID done = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        jdbc.sql("INSERT INTO community_mediation_followup VALUES (?, ?, current_date - 3, now() - interval '2 days',"
                + " true, '协议已履行', 'grid')").params(done, mediation).update();
        jdbc.sql("INSERT INTO community_mediation_followup (id, mediation_id, due_on) VALUES (?, ?, current_date + 20)")
                .params(open, mediation).update();

        plain.execute(new ClassPathResource("db/migration/V9_2__community_mediation_follow_ups_on_casework.sql")
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(jdbc.sql("SELECT to_regclass('community_mediation_followup') IS NULL").query(Boolean.class)
                .single()).isTrue();
        List<Map<String, Object>> moved = rounds(id);
        assertThat(moved).hasSize(2);
        assertThat(moved.get(0)).containsEntry("id", done).containsEntry("status", "DONE")
                .containsEntry("outcome", "HELD").containsEntry("note", "协议已履行").containsEntry("recorded_by", "grid")
                .containsEntry("imported", true).containsEntry("contact_name", "钱先生")
                .containsEntry("contact_phone", "13912340021").containsEntry("category", "PUBLIC_SAFETY");
        assertThat(moved.get(1)).containsEntry("id", open).containsEntry("status", "PLANNED")
                .containsEntry("round", 2);
        assertThat((Integer) moved.get(1).get("offset_days")).isBetween(29, 31);
        assertThat(moved.get(0).get("unit_id")).isEqualTo(jdbc.sql("SELECT id FROM unit WHERE code = 'U01'")
                .query(UUID.class).single());
        assertThat(jdbc.sql("SELECT outcome FROM community_mediation_follow_up WHERE follow_up_id = ?").param(done)
                .query(String.class).single()).isEqualTo("HELD");

        JsonNode shown = detail("grid", id);
        assertThat(shown.get("followUps").size()).isEqualTo(2);
        assertThat(shown.get("followUps").get(0).get("note").asString()).isEqualTo("协议已履行");
        assertThat(shown.get("followUps").get(1).get("dueOn").asString())
                .isEqualTo(jdbc.sql("SELECT (current_date + 20)::text").query(String.class).single());
    }
}
