package org.fengqiao.community;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Role;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo community work in 绿荫苑社区 (C01) and 景都社区 (C02): a grid worker account ({@code grid}, an officer of
 * C01), stewards proposed by the grid worker and approved by the police officer, partner units with resources.
 * Does nothing when the grid worker already exists.
 */
@Component
@ConditionalOnDemoData
@Order(60)
class CommunityDemoData implements ApplicationRunner {

    static final String GRID_WORKER = "grid";

    private final People people;
    private final Jurisdictions jurisdictions;
    private final StewardRecruitment recruitment;
    private final PartnerRegistry registry;
    private final NeedIntake needs;
    private final NeedHandling handling;

    CommunityDemoData(People people, Jurisdictions jurisdictions, StewardRecruitment recruitment,
            PartnerRegistry registry, NeedIntake needs, NeedHandling handling) {
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.recruitment = recruitment;
        this.registry = registry;
        this.needs = needs;
        this.handling = handling;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.findByUsername(GRID_WORKER).isPresent() || jurisdictions.findByCode("C01").isEmpty()) {
            return;
        }
        UUID c01 = jurisdictions.findByCode("C01").orElseThrow().id();
        Person grid = people.add(GRID_WORKER, "刘网格", "13800000008", "fengqiao-demo", Set.of(Role.OFFICER),
                Set.of(c01), Set.of());
        Actor gridWorker = new Actor(grid.id(), GRID_WORKER, "刘网格", Set.of(Role.OFFICER), Set.of(),
                List.of("/D01/T01/C01/"));
        Actor officer = new Actor(null, "officer", "陈警官", Set.of(Role.OFFICER), Set.of(), List.of("/D01/T01/"));

        Steward a = recruitment.propose("C01", new StewardRecruitment.Proposal("王秀英", "13700001001", "PIONEER",
                "MOBILISED", null, "排水防涝、道路修缮", List.of("G01")), gridWorker);
        Steward b = recruitment.propose("C01", new StewardRecruitment.Proposal("张建国", "13700001002", "SAFETY",
                "SELF", null, "夜间巡逻、防诈宣传、电动车充电", List.of("G01")), gridWorker);
        recruitment.propose("C01", new StewardRecruitment.Proposal("李梅", "13700001003", "CIVILITY",
                "RECOMMENDED", "王秀英", "垃圾分类、邻里互助", List.of("G01")), gridWorker);
        recruitment.decide(a.id(), true, "社区党委动员，热心排水问题", null, officer);
        recruitment.decide(b.id(), true, null, null, officer);
        recruitment.propose("C02", new StewardRecruitment.Proposal("赵平安", "13700001004", "SAFETY", "MOBILISED",
                null, "高空抛物、楼道安全", List.of("G02")), officer);

        Partner metro = registry.register("C01", "枫溪地铁建设公司", "吴工", "13700002001", gridWorker);
        registry.offer(metro.id(), "EXPERTISE", "市政排水工程技术人员现场勘察", 2, gridWorker);
        registry.offer(metro.id(), "PEOPLE", "施工队义务维修", 6, gridWorker);
        Partner property = registry.register("C01", "绿荫苑物业服务中心", "周经理", "13700002002", gridWorker);
        registry.offer(property.id(), "VENUE", "物业二楼活动室（30 人）", 1, gridWorker);
        Partner bank = registry.register("C01", "枫溪农商银行东湖支行", "郑行长", "13700002003", gridWorker);
        registry.offer(bank.id(), "MONEY", "社区微心愿基金（元）", 5000, gridWorker);
        Partner jingdu = registry.register("C02", "景都物业公司", "钱经理", "13700002004", officer);
        registry.offer(jingdu.id(), "PEOPLE", "保安巡逻队", 8, officer);

        NeedIntake.PasteResult pasted = needs.paste("C01", """
                王阿姨 昨天 07:42
                北门外那段路一下雨就积水，老人出门要绕很远
                张师傅 昨天 08:15
                3 号楼楼道灯坏了一个星期了
                李女士 昨天 下午 3:20
                想给小区的孩子办个暑期托管班，有没有场地？电话 13912340001
                """, gridWorker);
        Partner.Resource drainage = registry.offer(metro.id(), "EXPERTISE", "排水管网改造设计", 1, gridWorker)
                .resources().stream().filter(r -> r.description().equals("排水管网改造设计")).findFirst().orElseThrow();
        handling.match(pasted.created().get(0).need().id(), drainage.id(), "地铁公司派工程师勘察，加装排水管", null,
                gridWorker);
        needs.raise("C01", Need.Source.POSTER, "单元门禁经常坏，外来人员随意进出", "赵大爷", "13912340002",
                Actor.anonymousResident());
    }
}
