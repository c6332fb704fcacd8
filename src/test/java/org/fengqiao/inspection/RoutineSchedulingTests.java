package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
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

/** Routine demands from the frequency per grade and department, with yearly caps and the exemption list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutineSchedulingTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RoutineScheduling routine;

    Actor actor(String username) {
        return ((PersonPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    int demands(UUID unit, String status) {
        return jdbc.sql("SELECT count(*) FROM inspection_demand WHERE unit_id = ? AND kind = 'ROUTINE' AND status = ? "
                + "AND created_by = 'routine-test'").params(unit, status).query(Integer.class).single();
    }

    @Test
    void routineDemandsFallDueByFrequencyAreNotRepeatedAndExemptFirmsAreDroppedAtOnce() {
        UUID city = units.findByCode("U06").orElseThrow().id();
        routine.setFrequency(actor("admin"), city, "A", 12);
        routine.setFrequency(actor("admin"), city, "B", 12);
        routine.setFrequency(actor("admin"), city, "C", 12);
        LocalDate far = LocalDate.now().plusYears(3);
        int alreadyOpen = jdbc.sql("SELECT count(DISTINCT enterprise_id) FROM inspection_demand WHERE unit_id = ? "
                + "AND status = 'OPEN'").param(city).query(Integer.class).single();
        RoutineScheduling.Outcome first = routine.generate(far, 5, "routine-test");
        int open = demands(city, "OPEN");
        int dropped = demands(city, "DROPPED");
        int firms = jdbc.sql("SELECT count(*) FROM enterprise").query(Integer.class).single();
        // monthly: every firm falls due within five weeks and gets a demand of this department unless one is open
        assertThat(open + dropped + alreadyOpen).isEqualTo(firms);
        assertThat(first.created()).isGreaterThanOrEqualTo(open);
        assertThat(open).isPositive();
        // exempt firms' demands are stored as dropped (无事不扰), never open
        assertThat(jdbc.sql("""
                SELECT count(*) FROM inspection_demand d JOIN inspection_exemption x ON x.enterprise_id = d.enterprise_id
                WHERE d.created_by = 'routine-test' AND x.status = 'APPROVED' AND d.status = 'OPEN'""")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_demand WHERE created_by = 'routine-test' AND drop_reason = "
                + "'EXEMPT' AND status = 'DROPPED' AND unit_id = ?").param(city).query(Integer.class).single())
                .isEqualTo(dropped);
        RoutineScheduling.Outcome again = routine.generate(far, 5, "routine-test");
        assertThat(again.created()).as("open demands are not repeated").isZero();
        routine.setFrequency(actor("admin"), city, "A", 2);
        routine.setFrequency(actor("admin"), city, "B", 1);
        routine.setFrequency(actor("admin"), city, "C", 0);
    }

    @Test
    void theYearlyCapStopsRoutineDemandsForAFirm() {
        UUID env = units.findByCode("U07").orElseThrow().id();
        UUID firm = jdbc.sql("SELECT id FROM enterprise ORDER BY credit_code DESC LIMIT 1").query(UUID.class).single();
        LocalDate year = LocalDate.now().plusYears(5).withDayOfYear(10);
        for (int i = 0; i < 6; i++) {
            jdbc.sql("""
                    INSERT INTO inspection_demand (id, enterprise_id, unit_id, earliest, latest, minutes, kind, status,
                        created_by) VALUES (?, ?, ?, ?, ?, 60, 'TRIGGERED', 'PLANNED', 'cap-test')""")
                    .params(UUID.randomUUID(), firm, env, year.plusDays(i), year.plusDays(i)).update();
        }
        routine.setFrequency(actor("admin"), env, "A", 12);
        routine.setFrequency(actor("admin"), env, "B", 12);
        routine.setFrequency(actor("admin"), env, "C", 12);
        routine.generate(year.plusDays(20), 2, "cap-test");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_demand WHERE enterprise_id = ? AND unit_id = ? "
                + "AND kind = 'ROUTINE' AND created_by = 'cap-test'").params(firm, env).query(Integer.class).single())
                .isZero();
        routine.setFrequency(actor("admin"), env, "A", 2);
        routine.setFrequency(actor("admin"), env, "B", 1);
        routine.setFrequency(actor("admin"), env, "C", 0);
    }

    @Test
    void onlyAdminsSetFrequenciesWithinRange() {
        UUID market = units.findByCode("U03").orElseThrow().id();
        assertThatThrownBy(() -> routine.setFrequency(actor("dispatcher"), market, "A", 4))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> routine.setFrequency(actor("admin"), market, "A", 13))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("timesPerYear"));
        assertThatThrownBy(() -> routine.setFrequency(actor("admin"), market, "D", 1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("grade"));
        assertThat(routine.frequencies().get(market)).containsEntry(RiskGrade.A, 4).containsEntry(RiskGrade.C, 1);
    }

    @Test
    void frequencyExemptionAndDemandPagesRenderAndListsFilter() throws Exception {
        WebSession admin = WebSession.browser(port, "admin");
        for (String path : new String[] {"/inspection/frequencies", "/inspection/exemptions",
                "/inspection/exemptions?status=APPROVED", "/inspection/demands", "/inspection/demands?status=OPEN"
                        + "&kind=ROUTINE&sort=latest&page=1", "/inspection/frequencies?made=1,2,3,4"}) {
            var page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("??inspection.");
        }
        assertThat(WebSession.browser(port, "handler").get("/inspection/demands").statusCode()).isEqualTo(200);
        var refused = WebSession.browser(port, "dispatcher").post("/inspection/frequencies",
                Map.of("unitId", units.findByCode("U03").orElseThrow().id().toString(), "grade", "A",
                        "timesPerYear", "9"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
