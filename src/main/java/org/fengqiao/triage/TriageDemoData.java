package org.fengqiao.triage;

import java.util.Map;

import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo district's routing table: one unit per category for the whole district D01. */
@Component
@ConditionalOnDemoData
@Order(40)
class TriageDemoData implements ApplicationRunner {

    static final Map<String, String> DISTRICT_ROUTES = Map.of(
            "城乡建设", "U06", "环境保护", "U07", "交通运输", "U06", "商贸旅游", "U03",
            "卫生计生", "U03", "劳动和社会保障", "U08", "教育文体", "U08");

    private final Routes routes;
    private final Jurisdictions jurisdictions;
    private final Units units;

    TriageDemoData(Routes routes, Jurisdictions jurisdictions, Units units) {
        this.routes = routes;
        this.jurisdictions = jurisdictions;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jurisdictions.findByCode("D01").ifPresent(district -> DISTRICT_ROUTES.forEach((category, unitCode) -> {
            if (routes.resolve(category, district.path()).isEmpty()) {
                units.findByCode(unitCode).ifPresent(u -> routes.put(district.path(), category, u.id(), "demo"));
            }
        }));
    }
}
