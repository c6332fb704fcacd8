package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.fengqiao.WebSession;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseSubmitted;
import org.fengqiao.casework.Category;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.fengqiao.org.PersonPrincipal;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 一次触发、多端响应 without anyone raising it: a complaint-like case about a firm, a severe finding and records imported
 * from the shared data pool raise an alert on the firm once per source, fanned out and lifting the exemption; a data-pool file with a bad row is
 * refused whole, naming every bad row and column.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnableScenarios
class AutomaticAlertTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    FormBuilder builder;
    @Autowired
    InspectionRecording recording;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseAlerts caseAlerts;

    Actor actor(String username) {
        return ((PersonPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    List<Map<String, Object>> firms(int n) {
        return jdbc.sql("SELECT id, credit_code FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' "
                + "ORDER BY random() LIMIT ?").param(n).query().listOfRows();
    }

    long alerts(String sourceRef) {
        return jdbc.sql("SELECT count(*) FROM inspection_alert WHERE source_ref = ?").param(sourceRef)
                .query(Long.class).single();
    }

    void exempt(Object firmId) {
        jdbc.sql("""
                INSERT INTO inspection_exemption (enterprise_id, status, reason, changed_by)
                VALUES (?, 'APPROVED', '测试：无事不扰', 'test')
                ON CONFLICT (enterprise_id) DO UPDATE SET status = 'APPROVED'""").param(firmId).update();
    }

    @Test
    void aComplaintAboutAFirmFiledAsACaseRaisesOneAlertToEveryUnitConcernedAndLiftsItsExemption(Scenario scenario) {
        Map<String, Object> firm = jdbc.sql("SELECT id, credit_code FROM enterprise "
                + "WHERE jurisdiction_path LIKE '/D01/T01/C01/%' ORDER BY random() LIMIT 1").query().singleRow();
        exempt(firm.get("id"));
        AtomicReference<JsonNode> filed = new AtomicReference<>();
        long[] nanos = new long[3];

        scenario.stimulate(() -> {
            nanos[0] = System.nanoTime();
            filed.set(submit("""
                {"title":"货车长期占道装卸，多次投诉无果","description":"门前人行道被占用，行人只能走机动车道。",
                 "category":"TRANSPORT","channel":"PHONE","reporter":{"name":"李四","phone":"13912345678"},
                 "creditCode":"%s","jurisdiction":"C01"}""".formatted(firm.get("credit_code"))));
            nanos[1] = System.nanoTime();
        })
                .andWaitAtMost(Duration.ofSeconds(90))
                .andWaitForStateChange(() -> alerts("CASE:" + filed.get().get("id").asString()), n -> n == 1)
                .andVerify(n -> {
                    nanos[2] = System.nanoTime();
                    System.out.printf("case alert: submit_ms=%d alert_after_submit_ms=%d%n",
                            (nanos[1] - nanos[0]) / 1_000_000, (nanos[2] - nanos[1]) / 1_000_000);
                    String ref = "CASE:" + filed.get().get("id").asString();
                    Map<String, Object> alert = jdbc.sql("SELECT id, source, raised_by, title, detail FROM "
                            + "inspection_alert WHERE source_ref = ?").param(ref).query().singleRow();
                    assertThat(alert.get("source")).isEqualTo("CASE");
                    assertThat(alert.get("raised_by")).isEqualTo("system");
                    assertThat((String) alert.get("title")).contains(filed.get().get("number").asString());
                    assertThat((String) alert.get("detail")).contains("投诉");
                    assertThat(jdbc.sql("""
                            SELECT count(*) FROM inspection_alert_unit a JOIN unit u ON u.id = a.unit_id
                            WHERE a.alert_id = ? AND u.code IN ('U01', 'U08')""").param(alert.get("id"))
                            .query(Long.class).single()).as("the town's police station and command room").isEqualTo(2);
                    assertThat(jdbc.sql("SELECT status FROM inspection_exemption WHERE enterprise_id = ?")
                            .param(firm.get("id")).query(String.class).single()).isEqualTo("LIFTED");
                    assertThat(jdbc.sql("SELECT reason FROM inspection_exemption_log WHERE enterprise_id = ? "
                            + "ORDER BY id DESC LIMIT 1").param(firm.get("id")).query(String.class).single())
                            .contains(filed.get().get("number").asString());
                });

        CaseSubmitted again = new CaseSubmitted(new CaseId(UUID.fromString(filed.get().get("id").asString())),
                filed.get().get("number").asString(), java.time.Instant.now(), Category.TRANSPORT, Channel.PHONE,
                "/D01/T01/C01/", "货车长期占道装卸，多次投诉无果", "重复投递", (String) firm.get("credit_code"));
        assertThat(caseAlerts.raiseFor(again)).as("the same case delivered again").isEmpty();
        assertThat(alerts("CASE:" + again.caseId().value())).isEqualTo(1);
    }

    @Test
    void anEnvironmentCaseIsComplaintLikeByCategoryButAnEnquiryOrAResidentsCaseIsNot() {
        Map<String, Object> firm = firms(1).get(0);
        String code = (String) firm.get("credit_code");
        CaseSubmitted enquiry = new CaseSubmitted(new CaseId(UUID.randomUUID()), "TEST-E", java.time.Instant.now(),
                Category.TRANSPORT, Channel.WEB_FORM, "/D01/", "咨询公交线路调整", "想了解新线路的首末班时间", code);
        CaseSubmitted resident = new CaseSubmitted(new CaseId(UUID.randomUUID()), "TEST-R", java.time.Instant.now(),
                Category.ENVIRONMENT, Channel.WEB_FORM, "/D01/", "小区噪声", "夜间施工", null);
        CaseSubmitted smell = new CaseSubmitted(new CaseId(UUID.randomUUID()), "TEST-S", java.time.Instant.now(),
                Category.ENVIRONMENT, Channel.FIELD_VISIT, "/D01/", "车间异味", "走访时闻到明显异味", code);

        assertThat(caseAlerts.raiseFor(enquiry)).isEmpty();
        assertThat(caseAlerts.raiseFor(resident)).isEmpty();
        assertThat(caseAlerts.raiseFor(smell)).isPresent();
        assertThat(jdbc.sql("SELECT detail FROM inspection_alert WHERE source_ref = ?")
                .param("CASE:" + smell.caseId().value()).query(String.class).single()).contains("环境保护");
    }

    JsonNode submit(String body) {
        try {
            HttpResponse<String> r = WebSession.api(port, "dispatcher").postJson("/api/v1/cases", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return json.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCriticalFindingRaisesOneAlertReachingTheInspectingDepartmentAndAMajorOneDoesNot() {
        UUID market = units.findByCode("U03").orElseThrow().id();
        CheckForm form = builder.create(actor("admin"), new FormBuilder.FormDraft(
                "AA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "测试检查表", "PROFESSIONAL", market,
                List.of(new FormBuilder.ItemDraft("现场", "燃气管道完好", "YES_NO", null, "", false))));
        UUID firm = (UUID) firms(1).get(0).get("id");
        InspectionRecord r = recording.start(actor("handler"), firm, null, null, List.of(form.id()));

        UUID major = recording.addFinding(actor("handler"), r.id(), r.version(), null, "MAJOR", "灭火器过期", null);
        UUID critical = recording.addFinding(actor("handler"), r.id(), r.version() + 1, null, "CRITICAL",
                "燃气管道泄漏，已责令停用", null);

        assertThat(alerts("FINDING:" + major)).isZero();
        assertThat(alerts("FINDING:" + critical)).isEqualTo(1);
        Map<String, Object> alert = jdbc.sql("SELECT id, source, title, detail FROM inspection_alert "
                + "WHERE source_ref = ?").param("FINDING:" + critical).query().singleRow();
        assertThat(alert.get("source")).isEqualTo("INSPECTION");
        assertThat((String) alert.get("title")).contains("严重", "区市场监督管理局");
        assertThat((String) alert.get("detail")).contains("燃气管道泄漏");
        assertThat(jdbc.sql("SELECT unit_id FROM inspection_alert_unit WHERE alert_id = ?").param(alert.get("id"))
                .query(UUID.class).list()).contains(market);
    }

    @Test
    void aDataPoolFileRaisesOneAlertPerNewRecordLiftsExemptionsAndRaisesNothingWhenImportedAgain() throws Exception {
        List<Map<String, Object>> firms = firms(2);
        LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(30, 3000));
        exempt(firms.get(0).get("id"));
        String csv = "统一社会信用代码,类别,列入日期,决定机关,事由\n"
                + firms.get(0).get("credit_code") + ",经营异常名录," + day + ",区市场监督管理局,通过登记的住所无法联系\n"
                + firms.get(1).get("credit_code") + ",PENALTY," + day.toString().replace('-', '/')
                + ",区应急管理局,\"未按规定开展安全培训，罚款 2,000 元\"\n";
        WebSession admin = WebSession.api(port, "admin");

        HttpResponse<String> first = admin.upload("/api/v1/inspection/data-pool/imports", "异常名录.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode result = json.readTree(first.body());
        assertThat(result.get("rows").asInt()).isEqualTo(2);
        assertThat(result.get("newRecords").asInt()).isEqualTo(2);
        assertThat(result.get("alerts").asInt()).isEqualTo(2);
        String ref = "POOL:ABNORMAL_OPERATION:" + firms.get(0).get("id") + ":" + day;
        assertThat(alerts(ref)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT source FROM inspection_alert WHERE source_ref = ?").param(ref)
                .query(String.class).single()).isEqualTo("DATA_POOL");
        assertThat(jdbc.sql("SELECT status FROM inspection_exemption WHERE enterprise_id = ?")
                .param(firms.get(0).get("id")).query(String.class).single()).isEqualTo("LIFTED");
        assertThat(jdbc.sql("SELECT reason FROM inspection_exemption_log WHERE enterprise_id = ? ORDER BY id DESC "
                + "LIMIT 1").param(firms.get(0).get("id")).query(String.class).single()).contains("经营异常名录");

        HttpResponse<String> again = admin.upload("/api/v1/inspection/data-pool/imports", "异常名录.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json.readTree(again.body()).get("newRecords").asInt()).isZero();
        assertThat(json.readTree(again.body()).get("alerts").asInt()).isZero();
        assertThat(alerts(ref)).isEqualTo(1);

        assertThat(WebSession.api(port, "dispatcher").upload("/api/v1/inspection/data-pool/imports", "x.csv",
                csv.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
    }

    @Test
    void aDataPoolFileWithBadRowsIsRefusedWholeNamingEachRowAndColumn() throws Exception {
        List<Map<String, Object>> firms = firms(1);
        Object firm = firms.get(0).get("id");
        long before = jdbc.sql("SELECT count(*) FROM inspection_pool_record WHERE enterprise_id = ?").param(firm)
                .query(Long.class).single();
        long imports = jdbc.sql("SELECT count(*) FROM inspection_pool_import").query(Long.class).single();
        String csv = "信用代码,类别,列入日期,决定机关,事由\n"
                + firms.get(0).get("credit_code") + ",行政处罚,2025-05-01,区市场监督管理局,销售过期食品\n"
                + "91330100MA27XXXXX1,行政处罚,2025-05-01,区市场监督管理局,销售过期食品\n"
                + firms.get(0).get("credit_code") + ",黑名单," + LocalDate.now().plusDays(3) + ",,销售过期食品\n";

        HttpResponse<String> refused = WebSession.api(port, "admin").upload("/api/v1/inspection/data-pool/imports",
                "bad.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("field").asString()).isEqualTo("file");
        assertThat(body.get("detail").asString()).contains("第 3 行", "信用代码");
        List<String> errors = new java.util.ArrayList<>();
        body.get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("column").asString()));
        assertThat(errors).containsExactly("3:信用代码", "4:类别", "4:列入日期", "4:决定机关");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_pool_record WHERE enterprise_id = ?").param(firm)
                .query(Long.class).single()).as("the good row was not stored either").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_pool_import").query(Long.class).single())
                .isEqualTo(imports);

        WebSession page = WebSession.browser(port, "admin");
        page.get("/inspection/data-pool");
        HttpResponse<String> shown = page.upload("/inspection/data-pool", "bad.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(shown.statusCode()).isEqualTo(422);
        assertThat(shown.body()).contains("文件有 4 处错误，未导入任何记录", "<td>3</td>", "列入日期")
                .doesNotContain("??inspection.");
    }
}
