package org.fengqiao.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.triage.classifier.Csv;
import org.fengqiao.triage.classifier.LabelledMessage;
import org.fengqiao.triage.classifier.TrainingData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** Triage with the org module on the embedded PostgreSQL: routing table, corrections, suggestions, duplicates. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class TriageModuleTests {

    @Autowired
    Triage triage;
    @Autowired
    RoutingTable table;
    @Autowired
    Routes routes;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Units units;
    @Autowired
    Corrections corrections;
    @Autowired
    Retraining retraining;
    @Autowired
    ModelVersions versions;
    @Autowired
    ActiveModel active;
    @Autowired
    BackgroundRetraining background;
    @Autowired
    RetrainJobs jobs;

    static final java.nio.file.Path SAMPLE = java.nio.file.Path.of("target/triage-retrain-sample.csv");

    /** Retraining reads every 8th real message (about 300 rows), so the test takes seconds, not minutes. */
    @DynamicPropertySource
    static void smallTrainingFile(DynamicPropertyRegistry registry) throws Exception {
        if (java.nio.file.Files.isReadable(TrainingData.FILE)) {
            List<LabelledMessage> rows = org.fengqiao.triage.classifier.MessageFile.read(TrainingData.FILE);
            List<List<String>> sample = new java.util.ArrayList<>();
            sample.add(List.of("id", "title", "body", "time", "label"));
            for (int i = 0; i < rows.size(); i += 8) {
                LabelledMessage m = rows.get(i);
                sample.add(List.of(m.id(), m.title(), m.body(), "", m.label()));
            }
            java.nio.file.Files.createDirectories(SAMPLE.getParent());
            java.nio.file.Files.writeString(SAMPLE, Csv.write(sample));
        }
        registry.add("fengqiao.triage.training-file", SAMPLE::toString);
        registry.add("fengqiao.triage.model-refresh", () -> "1s");
    }

    private Actor actor(String name, Role role, String... paths) {
        return new Actor(UUID.randomUUID(), name, name, Set.of(role), Set.of(), List.of(paths));
    }

    @Test
    void demoRoutesSendEachCategoryToItsDistrictUnitFromAnyGrid() {
        String grid = jurisdictions.findByCode("G03").orElseThrow().path();
        assertThat(triage.suggestUnit("环境保护", grid)).contains(units.findByCode("U07").orElseThrow().id());
        assertThat(triage.suggestUnit("商贸旅游", grid)).contains(units.findByCode("U03").orElseThrow().id());
        assertThat(triage.suggestUnit("劳动和社会保障", "/D01/")).contains(units.findByCode("U08").orElseThrow().id());
        assertThat(triage.suggestUnit("不存在的类别", grid)).isEmpty();
        assertThat(triage.suggestUnit("环境保护", "/D99/")).isEmpty();
    }

    @Test
    void aTownRouteOverridesTheDistrictRouteInsideThatTownOnly() {
        Actor admin = actor("admin", Role.ADMIN, "/D01/");
        String east = jurisdictions.findByCode("T01").orElseThrow().path();
        UUID police = units.findByCode("U01").orElseThrow().id();
        table.put(admin, east, "交通运输", police);
        try {
            assertThat(triage.suggestUnit("交通运输", east + "C01/G01/")).contains(police);
            assertThat(triage.suggestUnit("交通运输", jurisdictions.findByCode("T02").orElseThrow().path()))
                    .contains(units.findByCode("U06").orElseThrow().id());
        } finally {
            Route route = routes.resolve("交通运输", east).orElseThrow();
            table.delete(admin, route.id(), route.version());
        }
        assertThat(triage.suggestUnit("交通运输", east)).contains(units.findByCode("U06").orElseThrow().id());
    }

    @Test
    void onlyAdminsInsideTheJurisdictionChangeRoutes() {
        UUID unit = units.findByCode("U03").orElseThrow().id();
        assertThatThrownBy(() -> table.put(actor("dispatcher", Role.DISPATCHER, "/D01/"), "/D01/", "卫生计生", unit))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> table.put(actor("admin2", Role.ADMIN, "/D01/T02/"), "/D01/T01/", "卫生计生", unit))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> table.put(actor("admin", Role.ADMIN, "/D01/"), "/D01/", "天气", unit))
                .isInstanceOf(InvalidInput.class).hasMessage("triage.error.category");
        assertThatThrownBy(() -> table.list(actor("handler", Role.HANDLER, "/D01/"), null, null, Routes.Sort.UNIT, 0))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void dispatcherSeesRoutesOfHerJurisdictionsFilteredByCategory() {
        List<Route> all = table.list(actor("dispatcher", Role.DISPATCHER, "/D01/"), null, null,
                Routes.Sort.CATEGORY, 0);
        assertThat(all).extracting(Route::category).contains("城乡建设", "环境保护", "交通运输", "商贸旅游",
                "卫生计生", "劳动和社会保障", "教育文体").isSorted();
        assertThat(table.list(actor("dispatcher", Role.DISPATCHER, "/D01/"), "环境保护", null, Routes.Sort.UNIT, 0))
                .singleElement().extracting(Route::unitCode).isEqualTo("U07");
        assertThat(table.list(actor("dispatcher", Role.DISPATCHER, "/D02/"), null, null, Routes.Sort.UNIT, 0))
                .isEmpty();
    }

    @Test
    void suggestionsRouteClearTextsAutomaticallyAndSendEmptyTextsToAPerson() {
        Suggestion clear = triage.suggest("公司拖欠工资半年", "老板拖欠我们三十多名工人的工资，也不缴社保，请劳动监察部门处理");
        assertThat(clear.best().category()).isEqualTo("劳动和社会保障");
        assertThat(clear.top()).hasSize(3);
        assertThat(clear.autoRoute()).isTrue();
        assertThat(clear.modelVersion()).isPositive();
        Suggestion empty = triage.suggest("", "？！。。。");
        assertThat(empty.needsPerson()).isTrue();
        assertThat(triage.suggest(null, null).needsPerson()).isTrue();
    }

    @Test
    void correctionsAreStoredForKnownCategoriesByStaffOnly() {
        int before = corrections.count();
        UUID caseId = UUID.randomUUID();
        triage.recordCorrection(caseId, "路灯坏了", "小区门口路灯坏了一个月", "城乡建设", "交通运输",
                actor("dispatcher", Role.DISPATCHER, "/D01/"));
        assertThat(corrections.count()).isEqualTo(before + 1);
        assertThat(corrections.asTrainingRows()).anySatisfy(r -> {
            assertThat(r.label()).isEqualTo("交通运输");
            assertThat(r.text()).contains("小区门口路灯坏了一个月");
        });
        assertThatThrownBy(() -> triage.recordCorrection(caseId, "t", "b", null, "天气",
                actor("dispatcher", Role.DISPATCHER, "/D01/"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> triage.recordCorrection(caseId, "t", "b", null, "交通运输",
                Actor.anonymousResident())).isInstanceOf(Forbidden.class);
    }

    @Test
    void similarTextsAreFoundAndDifferentIssuesAreNot() {
        List<Candidate> open = List.of(
                new Candidate("copy", "幸福小区3栋楼下烧烤店油烟扰民，每天晚上营业到凌晨两点，噪音很大"),
                new Candidate("paraphrase", "幸福小区3栋下面的烧烤店油烟很大，营业到凌晨，噪音扰民，请处理"),
                new Candidate("other", "孩子所在小学违规收取补课费，教育局请查处"));
        List<Similar> similar = triage.findSimilar("幸福小区3栋楼下烧烤店油烟扰民，营业到凌晨两点，噪音大", open);
        assertThat(similar).extracting(Similar::id).containsExactly("copy", "paraphrase");
        assertThat(similar.get(0).similarity()).isGreaterThan(similar.get(1).similarity()).isLessThanOrEqualTo(1);
        assertThat(triage.findSimilar("", open)).isEmpty();
    }

    @Test
    void aRetrainedVersionIsUsedOnlyAfterAcceptanceAndCanBeRolledBack() throws Exception {
        TrainingData.rows();
        Actor admin = actor("admin", Role.ADMIN, "/D01/");
        assertThatThrownBy(() -> retraining.retrain(actor("dispatcher", Role.DISPATCHER, "/D01/")))
                .isInstanceOf(Forbidden.class);
        int before = active.get().version();
        int candidate = retraining.retrain(admin);
        ModelVersion trained = versions.find(candidate).orElseThrow();
        assertThat(trained.status()).isEqualTo(ModelVersion.Status.CANDIDATE);
        assertThat(trained.macroF1()).isBetween(0.3, 1.0);
        assertThat(trained.evaluation()).contains("held-out", "confusion matrix");
        assertThat(active.get().version()).isEqualTo(before);

        retraining.activate(candidate, admin);
        assertThat(active.get().version()).isEqualTo(candidate);
        assertThat(versions.active()).get().extracting(ModelVersion::version).isEqualTo(candidate);
        assertThat(triage.suggest("拖欠工资", "公司拖欠工资").modelVersion()).isEqualTo(candidate);

        retraining.activate(before, admin);
        assertThat(active.get().version()).isEqualTo(before);
        retraining.reject(candidate, admin);
        assertThatThrownBy(() -> retraining.activate(candidate, admin)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aRetrainRunsInTheBackgroundReportingProgressAndAVersionActivatedElsewhereIsPickedUpWithoutRestart()
            throws Exception {
        TrainingData.rows();
        Actor admin = actor("admin", Role.ADMIN, "/D01/");
        assertThatThrownBy(() -> background.request(actor("dispatcher", Role.DISPATCHER, "/D01/")))
                .isInstanceOf(Forbidden.class);
        int before = active.get().version();
        UUID job = background.request(admin);
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3))
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                    RetrainJobs.Job j = jobs.find(job).orElseThrow();
                    seen.add(j.percent());
                    return !j.pending();
                });
        RetrainJobs.Job done = jobs.find(job).orElseThrow();
        assertThat(done.state()).as(done.error()).isEqualTo(RetrainJobs.State.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(seen).isSorted();
        int candidate = done.version();
        assertThat(versions.find(candidate).orElseThrow().status()).isEqualTo(ModelVersion.Status.CANDIDATE);
        assertThat(active.get().version()).isEqualTo(before);

        versions.activate(candidate);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> active.get().version() == candidate);
        assertThat(triage.suggest("拖欠工资", "公司拖欠工资").modelVersion()).isEqualTo(candidate);
        versions.activate(before);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> active.get().version() == before);
    }
}
