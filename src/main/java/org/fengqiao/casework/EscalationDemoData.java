package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo ladder of the seed's 三哨三到 for enterprise matters: 企业吹哨、协会先到 (the catering association U09);
 * 协会吹哨、警长即到 (the police station of the case's town); 行业吹哨、部门报到 (the lead department). After the
 * demo cases, so that only cases assigned from now on climb it.
 */
@Component
@ConditionalOnDemoData
@Order(40)
class EscalationDemoData implements ApplicationRunner {

    private final EscalationLadders ladders;
    private final Units units;

    EscalationDemoData(EscalationLadders ladders, Units units) {
        this.ladders = ladders;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        String category = Category.BUSINESS_OPERATIONS.name();
        if (ladders.byCategory(category).isPresent() || units.findByCode("U09").isEmpty()) {
            return;
        }
        UUID association = units.findByCode("U09").orElseThrow().id();
        ladders.save(new EscalationLadder(UUID.randomUUID(), category, "企业事项三哨三到", List.of(
                new EscalationLadder.Rung(1, "企业吹哨·协会先到", EscalationLadder.PartyKind.UNIT, association, null,
                        new Limit(2, Limit.Unit.WORKING_DAYS)),
                new EscalationLadder.Rung(2, "协会吹哨·警长即到", EscalationLadder.PartyKind.UNIT_KIND, null,
                        UnitKind.POLICE_STATION, new Limit(1, Limit.Unit.WORKING_DAYS)),
                new EscalationLadder.Rung(3, "行业吹哨·部门报到", EscalationLadder.PartyKind.LEAD, null, null,
                        new Limit(1, Limit.Unit.WORKING_DAYS)))), "system", Instant.now());
    }
}
