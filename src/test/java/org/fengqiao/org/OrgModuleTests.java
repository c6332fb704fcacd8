package org.fengqiao.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The org module alone on the embedded PostgreSQL, with its demo district. */
@ApplicationModuleTest(extraIncludes = "platform")
class OrgModuleTests {

    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Units units;
    @Autowired
    People people;

    @Test
    void demoDistrictHasTwoTownsFourCommunitiesAndTenUnits() {
        assertThat(jurisdictions.all()).filteredOn(j -> j.level() == JurisdictionLevel.TOWN).hasSize(2);
        assertThat(jurisdictions.all()).filteredOn(j -> j.level() == JurisdictionLevel.COMMUNITY).hasSize(4);
        assertThat(units.all()).hasSize(10);
    }

    @Test
    void officerActsInsideHisTownOnly() {
        Person officer = people.findByUsername("officer").orElseThrow();
        var east = jurisdictions.findByCode("T01").orElseThrow();
        var west = jurisdictions.findByCode("T02").orElseThrow();
        Actor actor = new Actor(officer.id(), "officer", "陈警官", officer.roles(), officer.unitIds(),
                java.util.List.of(east.path()));
        assertThat(actor.covers(east.path() + "C01/")).isTrue();
        assertThat(actor.covers(west.path())).isFalse();
    }
}
