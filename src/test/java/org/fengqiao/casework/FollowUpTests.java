package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.WorkingCalendar;
import org.fengqiao.shared.DomainException;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.StaleVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Follow-ups (回访) of closed disputes on the real database: planning, recording, recurrence and 案结事了. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseHandling handling;
    @Autowired
    FollowUpRecording recording;
    @Autowired
    FollowUpReminders reminders;
    @Autowired
    FollowUpTimers timers;
    @Autowired
    FollowUpPolicies policies;
    @Autowired
    FollowUps followUps;
    @Autowired
    FollowUpFigures figures;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    People people;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void labourDisputesAreFollowedUpAfterSevenAndThirtyDays() {
        policies.save(new FollowUpPolicy(Category.LABOUR_SOCIAL_SECURITY, List.of(7, 30)), "test", Instant.now());
    }

    Actor actor(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        List<String> paths = new ArrayList<>();
        p.jurisdictionIds().forEach(j -> jurisdictions.find(j).ifPresent(x -> paths.add(x.path())));
        return new Actor(p.id(), p.username(), p.displayName(), p.roles(), p.unitIds(), paths);
    }

    long version(CaseId id) {
        return jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
    }

    String status(CaseId id) {
        return jdbc.sql("SELECT status FROM cases WHERE id = ?").param(id.value()).query(String.class).single();
    }

    /**
     * A case of the category handled by U03 and closed by the dispatcher at {@code closedAt}: minutes ago (every
     * clock threshold still ahead) or 40 days ago (all behind, none planned), never in between, where a deadline
     * alarm firing during the steps would race them.
     */
    CaseId closedCase(Category category, Instant closedAt) {
        Actor dispatcher = actor("dispatcher");
        Actor handler = actor("handler");
        Instant t = closedAt.minus(Duration.ofHours(3));
        CaseId id = intake.submit(new Submission("拖欠工资纠纷", "工厂拖欠三名工人两个月工资，协商未果。", category, "李师傅",
                "13900002222", null, null, "东湖路 8 号", null, null, "C01", null), dispatcher, Channel.PHONE, t)
                .filed().id();
        handling.act(id, Action.ACCEPT, CaseCommand.version(0), dispatcher, Channel.WORKBENCH, t.plusSeconds(60));
        handling.act(id, Action.ASSIGN, new CaseCommand(1L, null, null, List.of("U03"), null, null, null, null, null,
                null), dispatcher, Channel.WORKBENCH, t.plusSeconds(120));
        handling.act(id, Action.ACKNOWLEDGE, CaseCommand.version(version(id)), handler, Channel.WORKBENCH,
                t.plusSeconds(180));
        handling.act(id, Action.CLOSE, new CaseCommand(version(id), "双方达成还款协议", null, null, null, null, null, null,
                null, null), dispatcher, Channel.WORKBENCH, closedAt);
        return id;
    }

    FollowUpRecording.Form form(FollowUp f, String outcome, String note) {
        return new FollowUpRecording.Form(f.version(), "PHONE", outcome, 5, note);
    }

    @Test
    void aClosedDisputeGetsFollowUpsOnTheFirstWorkingDayAfterSevenAndThirtyDaysWithOneTimerEach() {
        Instant closed = Instant.now().minus(Duration.ofMinutes(5));
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, closed);

        List<FollowUp> planned = followUps.ofCase(id.value());
        assertThat(planned).extracting(FollowUp::round).containsExactly(1, 2);
        assertThat(planned).extracting(FollowUp::offsetDays).containsExactly(7, 30);
        assertThat(planned).allMatch(f -> f.status() == FollowUp.Status.PLANNED);
        assertThat(planned).allMatch(f -> f.unitName().equals("区市场监督管理局"));
        LocalDate closedOn = LocalDate.ofInstant(closed, ZONE);
        for (FollowUp f : planned) {
            LocalDate earliest = closedOn.plusDays(f.offsetDays());
            assertThat(f.dueOn()).isAfterOrEqualTo(earliest);
            assertThat(calendar.isWorkingDay(f.dueOn())).isTrue();
            for (LocalDate d = earliest; d.isBefore(f.dueOn()); d = d.plusDays(1)) {
                assertThat(calendar.isWorkingDay(d)).as("skipped working day %s", d).isFalse();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-follow-up'"
                + " AND task_instance IN (:ids)").param("ids", planned.stream().map(f -> f.id().toString()).toList())
                .query(Long.class).single()).isEqualTo(2);

        assertThatThrownBy(() -> recording.record(planned.get(0).id(), form(planned.get(0), "HELD", null),
                actor("handler"), Channel.WORKBENCH, Instant.now()))
                .isInstanceOf(CaseRuleBroken.class).hasFieldOrPropertyWithValue("field", "dueOn");
    }

    @Test
    void aCaseOfACategoryThatIsNoDisputeGetsNoFollowUps() {
        policies.remove(Category.EDUCATION_CULTURE_SPORTS);
        CaseId id = closedCase(Category.EDUCATION_CULTURE_SPORTS, Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(followUps.ofCase(id.value())).isEmpty();
    }

    @Test
    void theTimerMakesAFollowUpDueOnceAndTellsTheUnit() {
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, Instant.now().minus(Duration.ofMinutes(5)));
        FollowUp first = followUps.ofCase(id.value()).get(0);
        assertThat(reminders.fire(first.id(), Instant.now())).isTrue();
        assertThat(reminders.fire(first.id(), Instant.now())).isFalse();
        assertThat(followUps.find(first.id()).orElseThrow().status()).isEqualTo(FollowUp.Status.DUE);
    }

    @Test
    void aCaseIsSettledOnlyAfterAllItsFollowUpsHeld() {
        Instant closed = Instant.now().minus(Duration.ofDays(40));
        LocalDate closedOn = LocalDate.ofInstant(closed, ZONE);
        FollowUpFigures.Settlement before = figures.settlement("/D01/", closedOn, closedOn);
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, closed);
        List<FollowUp> planned = followUps.ofCase(id.value());
        Actor handler = actor("handler");

        recording.record(planned.get(0).id(), form(planned.get(0), "HELD", "工资已结清"), handler, Channel.WORKBENCH,
                Instant.now());
        assertThat(followUps.settledAt(id.value(), planned.get(0).closedAt())).isEmpty();
        assertThat(figures.settlement("/D01/", closedOn, closedOn).settled()).isEqualTo(before.settled());

        FollowUp second = followUps.find(planned.get(1).id()).orElseThrow();
        recording.record(second.id(), new FollowUpRecording.Form(second.version(), "visit", "held", 4, null), handler,
                Channel.WORKBENCH, Instant.now());

        assertThat(followUps.settledAt(id.value(), second.closedAt())).isPresent();
        FollowUpFigures.Settlement after = figures.settlement("/D01/", closedOn, closedOn);
        assertThat(after.settled()).isEqualTo(before.settled() + 1);
        assertThat(after.closes()).isEqualTo(before.closes() + 1);
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%CaseSettled'"
                + " AND serialized_event LIKE ?").param("%" + id.value() + "%").query(Long.class).single())
                .isPositive();
        assertThatThrownBy(() -> recording.record(second.id(), form(followUps.find(second.id()).orElseThrow(), "HELD",
                null), handler, Channel.WORKBENCH, Instant.now())).isInstanceOf(CaseRuleBroken.class);
    }

    @Test
    void recurredReopensTheCaseThroughItsReopenStepAndCancelsTheRemainingFollowUps() {
        Instant closed = Instant.now().minus(Duration.ofDays(40));
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, closed);
        List<FollowUp> planned = followUps.ofCase(id.value());
        long versionBefore = version(id);

        recording.record(planned.get(0).id(), form(planned.get(0), "RECURRED", "工厂再次拖欠工资"), actor("handler"),
                Channel.WORKBENCH, Instant.now());

        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        assertThat(version(id)).isEqualTo(versionBefore + 1);
        assertThat(jdbc.sql("SELECT note FROM case_history WHERE case_id = ? AND action = 'REOPEN'").param(id.value())
                .query(String.class).single()).contains("工厂再次拖欠工资");
        FollowUp rest = followUps.find(planned.get(1).id()).orElseThrow();
        assertThat(rest.status()).isEqualTo(FollowUp.Status.CANCELLED);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-follow-up'"
                + " AND task_instance = ?").param(rest.id().toString()).query(Long.class).single()).isZero();
        assertThat(followUps.settledAt(id.value(), closed)).isEmpty();

        Instant closedAgain = Instant.now().minus(Duration.ofMinutes(1));
        handling.act(id, Action.CLOSE, new CaseCommand(version(id), "再次调解，已结清", null, null, null, null, null, null,
                null, null), actor("dispatcher"), Channel.WORKBENCH, closedAgain);
        assertThat(followUps.ofCase(id.value())).hasSize(4);
    }

    @Test
    void badFollowUpInputIsRefusedNamingTheFieldAndChangesNothing() {
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, Instant.now().minus(Duration.ofDays(40)));
        FollowUp f = followUps.ofCase(id.value()).get(0);
        Actor handler = actor("handler");
        record Bad(FollowUpRecording.Form form, String field) {
        }
        for (Bad bad : List.of(new Bad(new FollowUpRecording.Form(f.version(), "FAX", "HELD", 5, null), "method"),
                new Bad(new FollowUpRecording.Form(f.version(), "PHONE", null, 5, null), "outcome"),
                new Bad(new FollowUpRecording.Form(f.version(), "PHONE", "HELD", 0, null), "satisfaction"),
                new Bad(new FollowUpRecording.Form(f.version(), "PHONE", "RECURRED", 2, " "), "note"),
                new Bad(new FollowUpRecording.Form(f.version(), "PHONE", "HELD", 5, "x".repeat(2001)), "note"))) {
            assertThatThrownBy(() -> recording.record(f.id(), bad.form(), handler, Channel.WORKBENCH, Instant.now()))
                    .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", bad.field());
        }
        assertThatThrownBy(() -> recording.record(f.id(), new FollowUpRecording.Form(f.version() + 1, "PHONE", "HELD",
                5, null), handler, Channel.WORKBENCH, Instant.now())).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> recording.record(f.id(), form(f, "HELD", null), actor("auditor"), Channel.WORKBENCH,
                Instant.now())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> recording.record(f.id(), form(f, "HELD", null), actor("officer"), Channel.WORKBENCH,
                Instant.now())).isInstanceOf(DomainException.class);
        assertThat(followUps.find(f.id()).orElseThrow().status()).isIn(FollowUp.Status.PLANNED, FollowUp.Status.DUE);
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThatThrownBy(() -> new FollowUpPolicy(Category.OTHER, List.of(30, 7)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "offsets");
        assertThatThrownBy(() -> FollowUpPolicy.parse("7, 三十"))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "offsets");
    }

    @Test
    void theApiListsTheUnitsFollowUpsAndAnswersBadInputWith422NamingTheField() throws Exception {
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, Instant.now().minus(Duration.ofDays(40)));
        FollowUp f = followUps.ofCase(id.value()).get(0);

        JsonNode list = json.readTree(get("handler", "/api/v1/follow-ups?size=100").body());
        assertThat(list.get("items").valueStream().map(n -> n.get("id").asString()).toList())
                .contains(f.id().toString());
        HttpResponse<String> other = get("officer", "/api/v1/follow-ups/" + f.id());
        assertThat(other.statusCode()).isEqualTo(404);

        HttpResponse<String> bad = post("handler", "/api/v1/follow-ups/" + f.id() + "/record",
                "{\"version\":" + f.version() + ",\"method\":\"PHONE\",\"outcome\":\"MAYBE\",\"satisfaction\":3}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json.readTree(bad.body()).get("field").asString()).isEqualTo("outcome");
        HttpResponse<String> missing = post("handler", "/api/v1/follow-ups/" + f.id() + "/record",
                "{\"version\":" + f.version() + ",\"method\":\"PHONE\",\"outcome\":\"HELD\",\"satisfaction\":9}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("satisfaction");

        HttpResponse<String> ok = post("handler", "/api/v1/follow-ups/" + f.id() + "/record",
                "{\"version\":" + f.version() + ",\"method\":\"VISIT\",\"outcome\":\"HELD\",\"satisfaction\":5}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("status").asString()).isEqualTo("DONE");

        HttpResponse<String> policy = send("admin", HttpRequest.newBuilder(uri(
                "/api/v1/follow-up-policies/COMMERCE_TOURISM")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"offsets\":[0,30]}")));
        assertThat(policy.statusCode()).isEqualTo(422);
        assertThat(json.readTree(policy.body()).get("field").asString()).isEqualTo("offsets");
        assertThat(get("dispatcher", "/api/v1/follow-ups/settlement?jurisdiction=D01").statusCode()).isEqualTo(200);
        assertThat(get("officer", "/api/v1/follow-ups/settlement?jurisdiction=D01").statusCode()).isEqualTo(403);
    }

    @Test
    void theCasePageShowsTheFollowUpsOfItsCloses() throws Exception {
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, Instant.now().minus(Duration.ofMinutes(5)));
        org.fengqiao.WebSession dispatcher = org.fengqiao.WebSession.browser(port, "dispatcher");
        HttpResponse<String> panel = dispatcher.get("/casework/cases/" + id.value() + "/follow-ups");
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).contains("第 1 次回访").contains("第 2 次回访").contains("待回访");
        assertThat(dispatcher.get("/casework/cases/" + id.value()).body()).contains("/casework/cases/" + id.value()
                + "/follow-ups");

        org.fengqiao.WebSession handler = org.fengqiao.WebSession.browser(port, "handler");
        String number = jdbc.sql("SELECT number FROM cases WHERE id = ?").param(id.value()).query(String.class)
                .single();
        HttpResponse<String> list = handler.get("/casework/follow-ups?status=PLANNED&category=LABOUR_SOCIAL_SECURITY");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(number).contains("回访");
        assertThat(handler.get("/casework/follow-ups?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(handler.get("/casework/follow-ups/policy").statusCode()).isEqualTo(403);

        org.fengqiao.WebSession admin = org.fengqiao.WebSession.browser(port, "admin");
        assertThat(admin.get("/casework/follow-ups/policy").body()).contains("劳动和社会保障");
        HttpResponse<String> refused = admin.post("/casework/follow-ups/policy", java.util.Map.of("category",
                "OTHER", "dispute", "true", "offsets", "30, 7"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(policies.forCategory(Category.OTHER)).isEmpty();
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder b) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8));
        return http.send(b.header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aFollowUpMovedWhileItsTimerIsRunningGetsATimerOfItsOwnForTheNewDay() {
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, Instant.now());
        FollowUp f = followUps.ofCase(id.value()).get(0);
        String instance = f.id().toString();
        // the old day's timer is being executed by some instance right now
        assertThat(jdbc.sql("""
                UPDATE scheduled_tasks SET picked = true, picked_by = 'elsewhere', last_heartbeat = now()
                WHERE task_name = 'casework-follow-up' AND task_instance = ?""").param(instance).update()).isEqualTo(1);
        LocalDate later = f.dueOn().plusDays(14);
        try {
            timers.reschedule(f.id(), later, f.unitId());
            assertThat(jdbc.sql("""
                    SELECT execution_time FROM scheduled_tasks WHERE task_name = 'casework-follow-up'
                    AND task_instance = ?""").param(instance + "#" + later).query(java.sql.Timestamp.class).single()
                    .toInstant()).isEqualTo(timers.fireAt(later, f.unitId()));
        } finally {
            jdbc.sql("UPDATE scheduled_tasks SET picked = false, picked_by = NULL WHERE task_instance = ?")
                    .param(instance).update();
        }
        timers.cancel(List.of(f.id()));
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE split_part(task_instance, '#', 1) = ?")
                .param(instance).query(Long.class).single()).as("cancelling removes both timers").isZero();
    }

    @Test
    void aFollowUpThatReachesNobodyIsTriedOnTheNextWorkingDaysThenEndsUnreachableNeitherSettledNorRecurred() {
        Instant closed = Instant.now().minus(Duration.ofDays(40));
        CaseId id = closedCase(Category.LABOUR_SOCIAL_SECURITY, closed);
        LocalDate closedOn = LocalDate.ofInstant(closed, ZONE);
        FollowUpFigures.Settlement before = figures.settlement("/D01/", closedOn, closedOn);
        Actor head = actor("head");
        List<FollowUp> planned = followUps.ofCase(id.value());
        FollowUp held = recording.record(planned.get(1).id(), form(planned.get(1), "HELD", null), head,
                Channel.WORKBENCH, Instant.now());
        assertThat(held.status()).isEqualTo(FollowUp.Status.DONE);

        Instant now = Instant.now();
        FollowUp f = planned.get(0);
        for (int attempt = 1; attempt <= 2; attempt++) {
            f = recording.record(f.id(), new FollowUpRecording.Form(f.version(), "PHONE", "UNREACHABLE", null,
                    "电话无人接听"), head, Channel.WORKBENCH, now);
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            assertThat(f.status()).as("attempt %d reached nobody: open again", attempt)
                    .isEqualTo(FollowUp.Status.PLANNED);
            assertThat(f.unreached()).isEqualTo(attempt);
            assertThat(f.outcome()).isNull();
            assertThat(f.dueOn()).isAfter(today);
            assertThat(calendar.isWorkingDay(f.dueOn())).isTrue();
            for (LocalDate d = today.plusDays(1); d.isBefore(f.dueOn()); d = d.plusDays(1)) {
                assertThat(calendar.isWorkingDay(d)).as("skipped working day %s", d).isFalse();
            }
            // moved, or (when the old day's timer was running at that moment) a timer of its own for the new day
            assertThat(jdbc.sql("SELECT max(execution_time) FROM scheduled_tasks WHERE task_name = 'casework-follow-up'"
                    + " AND split_part(task_instance, '#', 1) = ?").param(f.id().toString())
                    .query(java.sql.Timestamp.class).single().toInstant())
                    .as("a timer for the next working day").isEqualTo(timers.fireAt(f.dueOn(), f.unitId()));
            FollowUp again = f;
            Instant sameDay = now;
            assertThatThrownBy(() -> recording.record(again.id(), new FollowUpRecording.Form(again.version(), "PHONE",
                    "HELD", 5, null), head, Channel.WORKBENCH, sameDay)).isInstanceOf(CaseRuleBroken.class);
            now = f.dueOn().atTime(10, 0).atZone(ZONE).toInstant();
        }
        f = recording.record(f.id(), new FollowUpRecording.Form(f.version(), "VISIT", "UNREACHABLE", 4, "上门两次无人"),
                head, Channel.WORKBENCH, now);
        assertThat(f.status()).as("the third attempt is the last (default)").isEqualTo(FollowUp.Status.DONE);
        assertThat(f.outcome()).isEqualTo(FollowUp.Outcome.UNREACHABLE);
        assertThat(f.satisfaction()).as("nobody answered, so no satisfaction").isNull();
        assertThat(f.unreached()).isEqualTo(3);
        assertThat(status(id)).as("unreachable does not reopen").isEqualTo("CLOSED");
        assertThat(followUps.settledAt(id.value(), followUps.ofCase(id.value()).get(0).closedAt()))
                .as("unreachable does not settle").isEmpty();
        FollowUpFigures.Settlement after = figures.settlement("/D01/", closedOn, closedOn);
        assertThat(after.unreachable() - before.unreachable()).isEqualTo(1);
        assertThat(after.settled()).isEqualTo(before.settled());
        assertThat(after.recurred()).isEqualTo(before.recurred());
        assertThat(after.pending() - before.pending()).as("no longer pending").isEqualTo(-1);
    }
}
