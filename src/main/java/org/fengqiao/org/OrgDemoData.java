package org.fengqiao.org;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo district: 1 district, 2 towns, 4 communities (one grid each), 10 units and one account per role.
 * Runs first among the demo-data runners; does nothing when the district already exists.
 */
@Component
@ConditionalOnDemoData
@Order(10)
class OrgDemoData implements ApplicationRunner {

    /** Published in the README; shown as a warning at every start in demo mode. */
    static final String DEMO_PASSWORD = "fengqiao-demo";

    private static final Logger log = LoggerFactory.getLogger(OrgDemoData.class);

    private final Jurisdictions jurisdictions;
    private final Units units;
    private final People people;

    OrgDemoData(Jurisdictions jurisdictions, Units units, People people) {
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        log.warn("演示模式：演示账号 admin/dispatcher/handler/head/officer/enterprise/auditor 的密码均为 '{}'，"
                + "切勿用于生产 (demo mode: all demo accounts use password '{}'; never use in production)",
                DEMO_PASSWORD, DEMO_PASSWORD);
        if (jurisdictions.findByCode("D01").isPresent()) {
            return;
        }
        UUID district = jurisdictions.add(null, JurisdictionLevel.DISTRICT, "D01", "枫溪区").id();
        UUID east = jurisdictions.add(district, JurisdictionLevel.TOWN, "T01", "东湖街道").id();
        UUID west = jurisdictions.add(district, JurisdictionLevel.TOWN, "T02", "西岭镇").id();
        UUID[] communities = {
            jurisdictions.add(east, JurisdictionLevel.COMMUNITY, "C01", "绿荫苑社区").id(),
            jurisdictions.add(east, JurisdictionLevel.COMMUNITY, "C02", "景都社区").id(),
            jurisdictions.add(west, JurisdictionLevel.COMMUNITY, "C03", "泽湖村").id(),
            jurisdictions.add(west, JurisdictionLevel.COMMUNITY, "C04", "新桥社区").id()};
        for (int i = 0; i < communities.length; i++) {
            jurisdictions.add(communities[i], JurisdictionLevel.GRID, "G0" + (i + 1), "第" + (i + 1) + "网格");
        }
        Unit eastPolice = units.add("U01", "东湖派出所", UnitKind.POLICE_STATION, east);
        units.add("U02", "西岭派出所", UnitKind.POLICE_STATION, west);
        Unit market = units.add("U03", "区市场监督管理局", UnitKind.DEPARTMENT, district);
        units.add("U04", "区应急管理局", UnitKind.DEPARTMENT, district);
        units.add("U05", "区消防救援大队", UnitKind.DEPARTMENT, district);
        units.add("U06", "区综合行政执法局（城管）", UnitKind.DEPARTMENT, district);
        units.add("U07", "区生态环境分局", UnitKind.DEPARTMENT, district);
        Unit command = units.add("U08", "东湖街道综合信息指挥室", UnitKind.COMMAND_ROOM, east);
        units.add("U09", "区餐饮行业协会", UnitKind.ASSOCIATION, district);
        units.add("U10", "绿荫苑物业服务中心", UnitKind.PROPERTY_COMPANY, communities[0]);

        people.add("admin", "系统管理员", "13800000001", DEMO_PASSWORD, Set.of(Role.ADMIN), Set.of(district), Set.of());
        people.add("dispatcher", "王坐席", "13800000002", DEMO_PASSWORD, Set.of(Role.DISPATCHER), Set.of(district),
                Set.of(command.id()));
        people.add("handler", "李经办", "13800000003", DEMO_PASSWORD, Set.of(Role.HANDLER), Set.of(),
                Set.of(market.id()));
        people.add("head", "赵科长", "13800000004", DEMO_PASSWORD, Set.of(Role.HEAD, Role.HANDLER), Set.of(),
                Set.of(market.id()));
        people.add("officer", "陈警官", "13800000005", DEMO_PASSWORD, Set.of(Role.OFFICER), Set.of(east),
                Set.of(eastPolice.id()));
        people.add("enterprise", "周老板", "13800000006", DEMO_PASSWORD, Set.of(Role.ENTERPRISE), Set.of(), Set.of());
        people.add("auditor", "孙审计", "13800000007", DEMO_PASSWORD, Set.of(Role.AUDITOR), Set.of(district), Set.of());
        log.info("Demo organisation created: 1 district, 2 towns, 4 communities, 10 units, 7 accounts");
    }
}
