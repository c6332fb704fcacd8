package org.fengqiao.community;

import java.util.List;

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
 * Demo wishes and a donation drive in 绿荫苑社区 (C01): one wish open on the wall, one claimed by the bank, one
 * fulfilled; a winter-clothes drive with a few donations. Does nothing when C01 already has wishes.
 */
@Component
@ConditionalOnDemoData
@Order(62)
class GivingDemoData implements ApplicationRunner {

    private final WishWall wall;
    private final DonationRegister register;
    private final Partners partners;
    private final JdbcClient jdbc;
    private final People people;

    GivingDemoData(WishWall wall, DonationRegister register, Partners partners, JdbcClient jdbc, People people) {
        this.people = people;
        this.wall = wall;
        this.register = register;
        this.partners = partners;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM community_wish WHERE community_code = 'C01'").query(Long.class).single() > 0
                || partners.of("C01").isEmpty()) {
            return;
        }
        var person = people.findByUsername(CommunityDemoData.GRID_WORKER);
        if (person.isEmpty()) {
            return;
        }
        Actor grid = new Actor(person.get().id(), "grid", "刘网格", java.util.Set.of(Role.OFFICER), java.util.Set.of(),
                List.of("/D01/T01/C01/"));
        wall.post("C01", "想要一台收音机听戏", "独居老人，耳朵不太好，喜欢越剧", "孙奶奶", "13912345201", grid);
        WishWall.Receipt books = wall.post("C01", "给孩子买几本课外书", "三年级，喜欢科普", "钱女士", "13912345202", grid);
        Partner bank = partners.of("C01").stream().filter(p -> p.name().contains("银行")).findFirst()
                .orElse(partners.of("C01").get(0));
        wall.claim(books.wish().id(), bank.id(), null, null, null, grid);
        WishWall.Receipt chair = wall.post("C01", "需要一把轮椅", "腿脚不便，下楼晒太阳", "周大爷", "13912345203", grid);
        wall.claim(chair.wish().id(), null, "黄小明", "13912345101", null, grid);
        wall.fulfil(chair.wish().id(), "11 月 20 日由志愿者黄小明送到家中，周大爷当面试用", null, null, grid);
        wall.post("C01", "楼道灯坏了想请人帮忙修", "晚上下楼看不见，电话 13912345204", "吴阿姨", "13912345204",
                Actor.anonymousResident());

        Drive coats = register.open("C01", "冬衣暖心募捐", "为辖区困难老人和外来务工子女过冬募集衣物",
                "冬衣 件 100\n棉被 床 30\n手套 双 50", grid);
        register.donate(coats.id(), coats.items().get(0).id(), 12, "王秀英", "13700001001", null, grid);
        register.donate(coats.id(), coats.items().get(1).id(), 5, "绿荫苑物业服务中心", null, "全新", grid);
        register.donate(coats.id(), coats.items().get(2).id(), 20, null, null, "匿名放在物业前台", grid);
    }
}
