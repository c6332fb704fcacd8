package org.fengqiao.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.StaleVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Organisation administration: API for units and the tree, admin pages, validation and optimistic locking. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgAdminTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    Administration administration;
    @Autowired
    Units units;
    @Autowired
    People people;
    @Autowired
    Jurisdictions jurisdictions;

    Actor admin() {
        return new Actor(people.findByUsername("admin").orElseThrow().id(), "admin", "系统管理员", Set.of(Role.ADMIN),
                Set.of(), List.of("/D01/"));
    }

    @Test
    void unitsApiListsEveryUnitWithItsJurisdiction() throws Exception {
        HttpResponse<String> r = WebSession.api(port, "dispatcher").get("/api/v1/units");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(r.body());
        assertThat(list.size()).isGreaterThanOrEqualTo(10);
        JsonNode u01 = null;
        for (JsonNode u : list) {
            if (u.get("code").asString().equals("U01")) {
                u01 = u;
            }
        }
        assertThat(u01).isNotNull();
        assertThat(u01.get("name").asString()).isEqualTo("东湖派出所");
        assertThat(u01.get("kind").asString()).isEqualTo("POLICE_STATION");
        assertThat(u01.get("jurisdiction").get("code").asString()).isEqualTo("T01");
    }

    @Test
    void jurisdictionsApiReturnsTheTree() throws Exception {
        JsonNode tree = json.readTree(WebSession.api(port, "officer").get("/api/v1/jurisdictions").body());
        JsonNode d01 = tree.get(0);
        assertThat(d01.get("code").asString()).isEqualTo("D01");
        assertThat(d01.get("children")).extracting(n -> n.get("code").asString()).contains("T01", "T02");
        assertThat(d01.get("children").get(0).get("children").get(0).get("level").asString()).isEqualTo("COMMUNITY");
    }

    @Test
    void enterpriseAccountsMayNotReadTheOrganisation() throws Exception {
        assertThat(WebSession.api(port, "enterprise").get("/api/v1/units").statusCode()).isEqualTo(403);
    }

    @Test
    void adminPagesRenderForTheAdministratorOnly() throws Exception {
        WebSession admin = WebSession.browser(port, "admin");
        assertThat(admin.get("/admin/units").body()).contains("单位管理", "东湖派出所");
        assertThat(admin.get("/admin/people").body()).contains("人员管理", "dispatcher", "坐席")
                .as("each person's units and jurisdictions by name").contains("区市场监督管理局", "枫溪区")
                .doesNotContain(">null <");
        assertThat(admin.get("/admin/jurisdictions").body()).contains("枫溪区", "东湖街道", "第1网格");
        Unit u01 = units.findByCode("U01").orElseThrow();
        assertThat(admin.get("/admin/units/" + u01.id()).body()).contains("name=\"version\"");
        assertThat(admin.get("/admin/people/" + people.findByUsername("officer").orElseThrow().id()).body())
                .contains("陈警官");
        assertThat(WebSession.browser(port, "dispatcher").get("/admin/units").statusCode()).isEqualTo(403);
    }

    @Test
    void aBadInputIsShownNextToTheFieldOnTheAdminPage() throws Exception {
        WebSession admin = WebSession.browser(port, "admin");
        admin.get("/admin/units");
        HttpResponse<String> r = admin.post("/admin/units", Map.of("code", "U01", "name", "重复", "kind",
                "DEPARTMENT", "jurisdictionId", jurisdictions.findByCode("D01").orElseThrow().id().toString()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("编码 U01 已被使用");
    }

    @Test
    void unitsAreCreatedEditedAndDeactivatedWithOptimisticLocking() {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        UUID d01 = jurisdictions.findByCode("D01").orElseThrow().id();
        Unit unit = administration.createUnit(code, "区测试局", "DEPARTMENT", d01, admin());
        long v = units.version(unit.id());

        Unit off = administration.changeUnit(unit.id(), v, "区测试局（撤并）", "DEPARTMENT", d01, false, admin());

        assertThat(off.active()).isFalse();
        assertThat(units.active()).doesNotContain(off);
        assertThatThrownBy(() -> administration.changeUnit(unit.id(), v, "又改", "DEPARTMENT", d01, true, admin()))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> administration.createUnit("bad code!", "x", "DEPARTMENT", d01, admin()))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("code");
    }

    @Test
    void peopleAreCreatedWithPasswordRolesAndScopeAndCanBeDisabled() throws Exception {
        String username = "t" + Long.toString(System.nanoTime(), 36);
        UUID t02 = jurisdictions.findByCode("T02").orElseThrow().id();
        Person p = administration.createPerson(username, "测试网格员", "139 0000 1111", "fengqiao-demo", Set.of("OFFICER"),
                Set.of(t02), Set.of(), admin());
        assertThat(p.phone()).isEqualTo("13900001111");
        assertThat(WebSession.api(port, username).get("/api/v1/units").statusCode()).isEqualTo(200);

        administration.changePerson(p.id(), people.version(p.id()), "测试网格员", null, false, Set.of("OFFICER"),
                Set.of(t02), Set.of(), admin());

        assertThat(people.find(p.id()).orElseThrow().enabled()).isFalse();
        assertThat(WebSession.api(port, username).get("/api/v1/units").statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> administration.createPerson(username, "重名", null, "long-enough-pw", Set.of("OFFICER"),
                Set.of(), Set.of(), admin())).extracting("field").isEqualTo("username");
        assertThatThrownBy(() -> administration.createPerson(username + "x", "短密码", null, "short", Set.of("OFFICER"),
                Set.of(), Set.of(), admin())).extracting("field").isEqualTo("password");
        assertThatThrownBy(() -> administration.createPerson(username + "y", "无角色", null, "long-enough-pw", Set.of(),
                Set.of(), Set.of(), admin())).extracting("field").isEqualTo("roles");
    }

    @Test
    void childJurisdictionsTakeTheNextLevelAndGridsHaveNoChildren() {
        Jurisdiction c01 = jurisdictions.findByCode("C01").orElseThrow();
        String code = "G" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Jurisdiction grid = administration.addJurisdiction(c01.id(), code, "测试网格", admin());
        assertThat(grid.level()).isEqualTo(JurisdictionLevel.GRID);
        assertThat(grid.path()).isEqualTo(c01.path() + code + "/");
        assertThatThrownBy(() -> administration.addJurisdiction(grid.id(), "X" + code, "不行", admin()))
                .extracting("field").isEqualTo("parentId");
    }

    @Test
    void onlyAdministratorsAdminister() {
        Actor dispatcher = new Actor(UUID.randomUUID(), "d", "d", Set.of(Role.DISPATCHER), Set.of(), List.of("/D01/"));
        assertThatThrownBy(() -> administration.addJurisdiction(null, "X", "x", dispatcher))
                .isInstanceOf(Forbidden.class);
    }
}
