package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Role;
import org.fengqiao.shared.PhoneNumber;

/** Cases built in memory for rule tests. */
final class Cases4Tests {

    static final UUID MARKET = UUID.nameUUIDFromBytes("unit:U03".getBytes());
    static final UUID POLICE = UUID.nameUUIDFromBytes("unit:U01".getBytes());
    static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private Cases4Tests() {
    }

    static Case submitted() {
        Draft d = new Draft("店门口占道经营", "商铺长期占用人行道摆放货物，行人只能走机动车道。", Category.URBAN_CONSTRUCTION,
                Channel.WEB_FORM, new Reporter("张三", new PhoneNumber("13912345678"), null), null, null, "枫溪路 8 号",
                null, null, UUID.randomUUID(), "/D01/T01/C01/", null, null);
        return Case.submit(CaseId.next(), "MS-20261120-0001", d, "hash", by(Role.RESIDENT));
    }

    static By by(Role role) {
        return new By(UUID.randomUUID(), "某人", role, Channel.WORKBENCH, T0);
    }

    static LeadUnitPolicy.Choice to(UUID unit) {
        return new LeadUnitPolicy.Choice(unit, java.util.Set.of(), "named");
    }
}
