package org.fengqiao.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The subject module with the org module it depends on, on the embedded PostgreSQL. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class SubjectModuleTests {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "t-admin", "测试管理员", Set.of(Role.ADMIN),
            Set.of(), List.of("/D01/"));
    private static final Actor OFFICER = new Actor(UUID.randomUUID(), "t-officer", "测试民警", Set.of(Role.OFFICER),
            Set.of(), List.of("/D01/T01/"));

    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    Enterprises enterprises;
    @Autowired
    Industries industries;

    @Test
    void industriesAreTheTenOfTheDataPoolInOrder() {
        assertThat(industries.all()).extracting(Industry::name)
                .containsExactly("餐饮", "零售", "制造", "建筑", "物流", "住宿", "娱乐", "加工", "化工", "其他");
    }

    @Test
    void aRegisteredEnterpriseIsFoundByIdAndCreditCodeAndInsideItsCommunity() {
        Enterprise e = registry.register(form(TestCodes.fresh(), "C02", "30.76", "120.77"), ADMIN);

        assertThat(enterprises.find(e.id())).contains(e);
        assertThat(enterprises.findByCreditCode(e.creditCode())).contains(e);
        assertThat(e.jurisdictionPath()).isEqualTo("/D01/T01/C02/");
        assertThat(enterprises.search(new EnterpriseQuery(e.creditCode().value(), null, "/D01/T01/", null,
                EnterpriseQuery.Sort.NAME, 0, 10), OFFICER).items()).containsExactly(e);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> registry.register(new EnterpriseForm(" ", TestCodes.broken(TestCodes.fresh()), "地址",
                "挖矿", "T01", "30.7", "", "", "12345", "优秀"), ADMIN))
                .isInstanceOfSatisfying(InvalidEnterprise.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("name", "creditCode", "industry",
                                "jurisdiction", "longitude", "contactPhone", "creditStatus"));
    }

    @Test
    void coordinatesOutOfRangeAreRefusedNamingTheAxis() {
        assertThatThrownBy(() -> registry.register(form(TestCodes.fresh(), "C01", "30.7", "181"), ADMIN))
                .isInstanceOfSatisfying(InvalidEnterprise.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("longitude"));
    }

    @Test
    void aSecondEditFromTheSameVersionIsRefusedAsStale() {
        Enterprise e = registry.register(form(TestCodes.fresh(), "G01", "", ""), ADMIN);
        EnterpriseForm changed = form(e.creditCode().value(), "G02", "", "");

        Enterprise edited = registry.edit(e.id(), e.version(), changed, ADMIN);

        assertThat(edited.version()).isEqualTo(e.version() + 1);
        assertThatThrownBy(() -> registry.edit(e.id(), e.version(), changed, ADMIN)).isInstanceOf(StaleVersion.class);
    }

    @Test
    void onlyAdministratorsAndDispatchersKeepTheRegistry() {
        assertThatThrownBy(() -> registry.register(form(TestCodes.fresh(), "C01", "", ""), OFFICER))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void anEnterpriseOutsideTheActorsJurisdictionDoesNotExistForThem() {
        Enterprise west = registry.register(form(TestCodes.fresh(), "C04", "", ""), ADMIN);
        assertThatThrownBy(() -> enterprises.visibleTo(OFFICER, west.id())).isInstanceOf(NotFound.class);
        assertThat(enterprises.visibleTo(ADMIN, west.id())).isEqualTo(west);
    }

    @Test
    void phonesAreMaskedForRolesThatMayNotSeePersonalData() {
        Enterprise e = registry.register(form(TestCodes.fresh(), "C01", "", ""), ADMIN);
        Actor auditor = new Actor(UUID.randomUUID(), "t-auditor", "审计", Set.of(Role.AUDITOR), Set.of(), List.of("/D01/"));
        assertThat(e.contact().phoneFor(ADMIN)).isEqualTo("13712345678");
        assertThat(e.contact().phoneFor(auditor)).isEqualTo("137****5678");
    }

    private static EnterpriseForm form(String code, String place, String lat, String lon) {
        return new EnterpriseForm("模块测试商行", code, "枫溪区东湖街道文昌街 1 号", "零售", place, lat, lon, "钱七",
                "13712345678", "一般");
    }
}
