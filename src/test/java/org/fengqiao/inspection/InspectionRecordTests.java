package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseRouting;
import org.fengqiao.casework.CaseStatus;
import org.fengqiao.org.Actor;
import org.fengqiao.org.PersonPrincipal;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Check forms with versions, inspection records, findings, rectification orders as cases, and re-inspections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionRecordTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

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
    CheckForms forms;
    @Autowired
    InspectionRecording recording;
    @Autowired
    InspectionRecords records;
    @Autowired
    Rectification rectification;
    @Autowired
    CaseRouting routing;
    @Autowired
    Grading grading;
    @Autowired
    ExemptionList exemptions;

    Actor actor(String username) {
        return ((PersonPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    UUID market() {
        return units.findByCode("U03").orElseThrow().id();
    }

    CheckForm form(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return builder.create(actor("admin"), new FormBuilder.FormDraft(code, "测试检查表", "PROFESSIONAL", market(),
                List.of(new FormBuilder.ItemDraft("证照", "许可证在有效期内", "YES_NO", null, "《食品安全法》第三十五条", false),
                        new FormBuilder.ItemDraft("现场", "灭火器数量", "NUMBER", null, "", false),
                        new FormBuilder.ItemDraft("现场", "卫生状况", "CHOICE", List.of("良好", "一般", "较差"), "", true))));
    }

    UUID firm() {
        return jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' ORDER BY random() LIMIT 1")
                .query(UUID.class).single();
    }

    @Test
    void theSevenDemoFormsAreFiveProfessionalAndTwoGeneralWithLegalBasisAndPhotoItems() {
        List<CheckForm> demo = forms.all().stream().filter(f -> List.of("FOOD", "SAFETY", "FIRE", "CITY", "ENV",
                "GEN-LICENSE", "GEN-CONDUCT").contains(f.code())).toList();
        assertThat(demo).hasSize(7);
        assertThat(demo.stream().filter(f -> f.kind() == CheckForm.Kind.GENERAL)).hasSize(2);
        assertThat(demo.stream().filter(f -> f.kind() == CheckForm.Kind.PROFESSIONAL).map(CheckForm::unitId)
                .distinct()).hasSize(5);
        assertThat(demo.stream().flatMap(f -> f.items().stream()).filter(CheckForm.Item::photoRequired)).isNotEmpty();
        assertThat(demo.stream().flatMap(f -> f.items().stream()).filter(i -> !i.legalBasis().isEmpty())).isNotEmpty();
    }

    @Test
    void editingAFormInUseMakesANewVersionAndTheRecordKeepsItsOwn() {
        CheckForm f = form("V");
        FormBuilder.FormDraft renamed = new FormBuilder.FormDraft(f.code(), "测试检查表（修订）", "PROFESSIONAL", market(),
                List.of(new FormBuilder.ItemDraft("证照", "许可证在有效期内并公示", "YES_NO", null, "", false)));
        CheckForm unused = builder.edit(actor("admin"), f.id(), f.version(), renamed);
        assertThat(unused.number()).as("not used yet: changed in place").isEqualTo(1);
        InspectionRecord r = recording.start(actor("handler"), firm(), null, null, List.of(f.id()));
        CheckForm next = builder.edit(actor("head"), f.id(), unused.version(), new FormBuilder.FormDraft(f.code(),
                "测试检查表（第二版）", "PROFESSIONAL", market(), List.of(new FormBuilder.ItemDraft("现场", "新检查项",
                        "TEXT", null, "", false), new FormBuilder.ItemDraft("现场", "另一项", "YES_NO", null, "", true))));
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.items()).hasSize(2);
        assertThat(recording.formsOf(records.get(r.id())).get(0).number()).isEqualTo(1);
        assertThat(recording.formsOf(records.get(r.id())).get(0).items()).extracting(CheckForm.Item::text)
                .containsExactly("许可证在有效期内并公示");
        assertThatThrownBy(() -> builder.edit(actor("admin"), f.id(), unused.version(), renamed))
                .as("stale version").isInstanceOf(org.fengqiao.shared.StaleVersion.class);
    }

    @Test
    void theBuilderRefusesBadFormsNamingTheFieldAndOnlyAdminsBuildGeneralForms() {
        assertThatThrownBy(() -> builder.create(actor("admin"), new FormBuilder.FormDraft("BAD1", "表", "PROFESSIONAL",
                market(), List.of(new FormBuilder.ItemDraft("s", "单选", "CHOICE", List.of("只有一个"), "", false)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("items[0].choices"));
        assertThatThrownBy(() -> builder.create(actor("admin"), new FormBuilder.FormDraft("BAD2", "表", "PROFESSIONAL",
                market(), List.of(new FormBuilder.ItemDraft("s", "项", "DATE", null, "", false)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("items[0].answerType"));
        assertThatThrownBy(() -> builder.create(actor("head"), new FormBuilder.FormDraft("BAD3", "表", "GENERAL",
                null, List.of(new FormBuilder.ItemDraft("s", "项", "TEXT", null, "", false)))))
                .isInstanceOf(Forbidden.class);
        assertThat(forms.findByCode("BAD1")).isEmpty();
        assertThat(FormRows.drafts(List.of(new FormRows.Row("证照", "许可证", "YES_NO", "", "《食品安全法》", true),
                FormRows.Row.blank(), new FormRows.Row("现场", "状况", "CHOICE", "好/差", "", false))))
                .extracting(FormBuilder.ItemDraft::choices).containsExactly(List.of(), List.of("好", "差"));
    }

    @Test
    void answersMustFitTheirItemTypeAndABadAnswerStoresNothing() {
        CheckForm f = form("A");
        InspectionRecord r = recording.start(actor("handler"), firm(), null, null, List.of(f.id()));
        UUID yesNo = f.items().get(0).id();
        UUID number = f.items().get(1).id();
        UUID choice = f.items().get(2).id();
        assertThatThrownBy(() -> recording.answer(actor("handler"), r.id(), r.version(),
                Map.of(yesNo, "YES", number, "三个")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers." + number));
        assertThat(records.answers(r.id())).isEmpty();
        assertThatThrownBy(() -> recording.answer(actor("handler"), r.id(), r.version(), Map.of(choice, "很好")))
                .isInstanceOf(InvalidInput.class);
        recording.answer(actor("handler"), r.id(), r.version(), Map.of(yesNo, "NO", number, "3.0", choice, "较差"));
        assertThat(records.answers(r.id())).containsEntry(number, "3").containsEntry(choice, "较差");
        assertThatThrownBy(() -> recording.answer(actor("officer"), r.id(), r.version() + 1, Map.of(yesNo, "YES")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aFindingOnAPhotoItemNeedsAPhotoLiftsTheExemptionAndRaisesTheRiskScore() {
        CheckForm f = form("F");
        UUID firm = firm();
        Grade before = grading.recompute(firm);
        jdbc.sql("INSERT INTO inspection_exemption (enterprise_id, status, reason, changed_by) VALUES (?, 'APPROVED', "
                + "'测试', 'admin') ON CONFLICT (enterprise_id) DO UPDATE SET status = 'APPROVED'").param(firm).update();
        InspectionRecord r = recording.start(actor("handler"), firm, null, null, List.of(f.id()));
        UUID photoItem = f.items().get(2).id();
        assertThatThrownBy(() -> recording.addFinding(actor("handler"), r.id(), r.version(), photoItem, "MAJOR",
                "后厨油污严重", null)).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("photo"));
        assertThatThrownBy(() -> EvidencePhoto.of("x.txt", "not a photo".getBytes()))
                .isInstanceOf(InvalidInput.class);
        recording.addFinding(actor("handler"), r.id(), r.version(), photoItem, "MAJOR", "后厨油污严重",
                EvidencePhoto.of("kitchen.png", PNG));
        assertThat(records.findings(r.id())).singleElement().satisfies(x -> assertThat(x.hasPhoto()).isTrue());
        assertThat(exemptions.isExempt(firm)).isFalse();
        Grade after = grading.of(firm);
        assertThat(after.score()).isEqualTo(before.score() + 15
                - before.reasons().stream().filter(x -> x.key().startsWith("inspection.risk.never")
                        || x.key().startsWith("inspection.risk.longAgo")).mapToInt(RiskScoring.Reason::points).sum());
        assertThat(after.reasons()).extracting(RiskScoring.Reason::key).contains("inspection.risk.severeFindings");
    }

    @Test
    void aRectificationOrderBecomesACaseOfTheDepartmentAndAPassedReinspectionResolvesIt() {
        CheckForm f = form("R");
        InspectionRecord r = recording.start(actor("handler"), firm(), null, null, List.of(f.id()));
        UUID finding = recording.addFinding(actor("handler"), r.id(), r.version(), null, "MINOR", "价格标签缺失", null);
        assertThatThrownBy(() -> rectification.issue(actor("handler"), r.id(), r.version() + 1, finding, "补齐价签",
                LocalDate.now())).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("deadline"));
        RectificationOrder order = rectification.issue(actor("handler"), r.id(), r.version() + 1, finding,
                "三日内补齐全部商品价签", LocalDate.now().plusDays(3));
        CaseRouting.Brief filed = routing.brief(new CaseId(order.caseId())).orElseThrow();
        assertThat(filed.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(jdbc.sql("SELECT lead_unit_id FROM cases WHERE id = ?").param(order.caseId()).query(UUID.class)
                .single()).isEqualTo(market());
        assertThatThrownBy(() -> rectification.reinspect(actor("handler"), order.id(), order.version(), true, " "))
                .isInstanceOf(InvalidInput.class);
        RectificationOrder closed = rectification.reinspect(actor("head"), order.id(), order.version(), true,
                "价签已全部补齐");
        assertThat(closed.status()).isEqualTo(RectificationOrder.Status.CLOSED);
        assertThat(routing.brief(new CaseId(order.caseId())).orElseThrow().status()).isEqualTo(CaseStatus.REPLIED);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_record WHERE order_id = ?").param(order.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> rectification.reinspect(actor("head"), order.id(), closed.version(), false, "再查"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aFailedReinspectionEscalatesToTheDepartmentAndTheTownCommandRoom() {
        CheckForm f = form("E");
        UUID firm = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/T01/%' LIMIT 1")
                .query(UUID.class).single();
        InspectionRecord r = recording.start(actor("handler"), firm, null, null, List.of(f.id()));
        RectificationOrder order = rectification.issue(actor("handler"), r.id(), r.version(), null, "清理占道堆放物",
                LocalDate.now().plusDays(2));
        RectificationOrder escalated = rectification.reinspect(actor("handler"), order.id(), order.version(), false,
                "仍有堆放");
        assertThat(escalated.status()).isEqualTo(RectificationOrder.Status.ESCALATED);
        assertThat(routing.brief(new CaseId(order.caseId())).orElseThrow().status())
                .isEqualTo(CaseStatus.IN_PROGRESS);
        UUID commandRoom = units.findByCode("U08").orElseThrow().id();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + order.id() + "%").query(Integer.class).single()).isGreaterThan(0);
        assertThat(jdbc.sql("SELECT serialized_event FROM event_publication WHERE serialized_event LIKE ? LIMIT 1")
                .param("%" + order.id() + "%").query(String.class).single()).contains(commandRoom.toString());
    }

    @Test
    void theInspectorFillsTheRecordOnThePhonePageAndOthersCannotSeeIt() throws Exception {
        CheckForm f = form("P");
        InspectionRecord r = recording.start(actor("handler"), firm(), null, null, List.of(f.id()));
        WebSession handler = WebSession.browser(port, "handler");
        var page = handler.get("/inspection/records/" + r.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("许可证在有效期内", "《食品安全法》第三十五条", "answer_" + f.items().get(0).id());
        var saved = handler.post("/inspection/records/" + r.id() + "/answers", Map.of("version",
                String.valueOf(r.version()), "answer_" + f.items().get(1).id(), "4"));
        assertThat(saved.statusCode()).isIn(200, 302);
        assertThat(records.answers(r.id())).containsEntry(f.items().get(1).id(), "4");
        var bad = handler.post("/inspection/records/" + r.id() + "/answers", Map.of("version",
                String.valueOf(r.version() + 1), "answer_" + f.items().get(1).id(), "四"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(WebSession.browser(port, "officer").get("/inspection/records/" + r.id()).statusCode())
                .isEqualTo(403);
        assertThat(WebSession.browser(port, "dispatcher").get("/inspection/records/" + r.id()).statusCode())
                .as("dispatcher of the district sees it").isEqualTo(200);
    }

    @Test
    void everyRecordFormAndOrderPageRenders() throws Exception {
        CheckForm f = form("G");
        UUID firm = firm();
        InspectionRecord r = recording.start(actor("handler"), firm, null, null, List.of(f.id()));
        UUID finding = recording.addFinding(actor("handler"), r.id(), r.version(), f.items().get(2).id(), "MINOR",
                "地面有积水", EvidencePhoto.of("floor.png", PNG));
        rectification.issue(actor("handler"), r.id(), r.version() + 1, finding, "清理积水", LocalDate.now().plusDays(5));
        WebSession handler = WebSession.browser(port, "handler");
        for (String path : List.of("/inspection/records", "/inspection/records/new", "/inspection/records/new?q=%E6%9E%AB",
                "/inspection/records/new?enterprise=" + firm, "/inspection/records/" + r.id(), "/inspection/orders",
                "/inspection/forms", "/inspection/forms/" + f.id(), "/inspection/forms/" + f.id() + "?v=1",
                "/inspection/tasks")) {
            var page = handler.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("??inspection.");
        }
        assertThat(handler.getBytes("/inspection/findings/" + finding + "/photo").body()).isEqualTo(PNG);
        assertThat(records.withoutScannedCode(List.of(r.id()))).as("no planned visit, no code scanned: flagged")
                .containsExactly(r.id());
        assertThat(handler.get("/inspection/records/" + r.id()).body()).contains("未亮码");
        assertThat(WebSession.browser(port, "admin").get("/inspection/forms").statusCode()).isEqualTo(200);
    }
}
