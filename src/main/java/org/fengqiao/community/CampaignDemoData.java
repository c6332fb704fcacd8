package org.fengqiao.community;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Role;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo joint action in 景都社区 (C02) against high-altitude throwing, run by the community, its police post and
 * the property company: buildings with households, some pledges, tasks per party, a promotion event, a patrol whose
 * finding became a case and a hotline report. Does nothing when C02 already has a campaign.
 */
@Component
@ConditionalOnDemoData
@Order(63)
class CampaignDemoData implements ApplicationRunner {

    private final CampaignDesk desk;
    private final Campaigns campaigns;
    private final People people;
    private final JdbcClient jdbc;

    CampaignDemoData(CampaignDesk desk, Campaigns campaigns, People people, JdbcClient jdbc) {
        this.desk = desk;
        this.campaigns = campaigns;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var person = people.findByUsername("officer");
        if (person.isEmpty() || jdbc.sql("SELECT count(*) FROM community_campaign WHERE community_code = 'C02'")
                .query(Long.class).single() > 0) {
            return;
        }
        Actor officer = new Actor(person.get().id(), "officer", "陈警官", Set.of(Role.OFFICER), Set.of(),
                List.of("/D01/T01/"));
        LocalDate today = LocalDate.now(CampaignDesk.ZONE);
        Campaign c = desk.launch("C02", new CampaignDesk.Launch("景都社区高空抛物专项整治",
                "三个月内高空抛物举报下降一半，承诺书签订率达到九成", "PUBLIC_SAFETY", "0575-83001110",
                today.minusDays(20).toString(), today.plusDays(70).toString(), "景都警务室", "景都物业公司", null, "U01"),
                officer);
        desk.buildings(c.id(), "1幢 96\n2幢 96\n3幢 120", officer);
        List<Campaign.Party> parties = campaigns.parties(c.id());
        for (Campaign.Party p : parties) {
            String task = switch (p.kind()) {
                case COMMUNITY -> "入户发放承诺书并讲解";
                case POLICE -> "高空抛物法律后果宣讲";
                case PROPERTY -> "每日两次楼下巡查并加装监控";
                default -> "配合宣传";
            };
            desk.task(c.id(), p.id(), task, today.plusDays(p.kind() == Campaign.PartyKind.POLICE ? -2 : 14).toString(),
                    officer);
        }
        String[][] pledges = {{"1幢", "101", "赵先生"}, {"1幢", "102", "钱女士"}, {"1幢", "201", "孙先生"},
            {"2幢", "301", "李女士"}, {"3幢", "1502", "周先生"}};
        for (String[] p : pledges) {
            desk.pledge(c.id(), p[0], p[1], p[2], officer);
        }
        desk.log(c.id(), new CampaignDesk.Activity("PROMOTION", "社区广场", "社区、警务室、物业联合宣传高空抛物入刑",
                150, null, null), officer);
        desk.log(c.id(), new CampaignDesk.Activity("PATROL", "3幢楼下", "物业保安晚间巡查",
                null, "3幢楼下草坪发现从高处扔下的酒瓶碎片", "3幢"), officer);
        desk.report(c.id(), new CampaignDesk.Report("3幢", "晚上九点左右有人从楼上扔下塑料袋装的垃圾，差点砸到人",
                "吴女士", "13912345301"), officer);
    }
}
