package org.fengqiao.community;

import java.util.List;
import java.util.Set;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Role;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mediations in 绿荫苑社区 (C01), kept by the grid worker with the volunteer mediators: a noise dispute still
 * open after its first session, a parking dispute settled by an agreement (its follow-ups planned on casework's
 * 回访 machinery) and a wage dispute referred to the court. Does nothing when C01 already has mediations.
 */
@Component
@ConditionalOnDemoData
@Order(64)
class MediationDemoData implements ApplicationRunner {

    private final MediationDesk desk;
    private final People people;
    private final JdbcClient jdbc;

    MediationDemoData(MediationDesk desk, People people, JdbcClient jdbc) {
        this.desk = desk;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Person grid = people.findByUsername(CommunityDemoData.GRID_WORKER).orElse(null);
        if (grid == null || jdbc.sql("SELECT count(*) FROM community_mediation WHERE community_code = 'C01'")
                .query(Long.class).single() > 0) {
            return;
        }
        Actor worker = new Actor(grid.id(), grid.username(), grid.displayName(), Set.of(Role.OFFICER), Set.of(),
                List.of("/D01/T01/C01/"));
        Mediation noise = desk.open("C01", new MediationDesk.Intake("NEIGHBOUR",
                "楼上装修，晚上十点以后仍在施工，楼下老人休息不好，多次上门沟通无果。", "楼下住户 孙阿姨 13912340101",
                "楼上业主 冯先生 13912340102", "王秀英、刘网格"), worker);
        desk.session(noise.id(), "双方到场。冯先生同意晚八点后停止有噪声的施工，孙阿姨同意白天施工不再投诉；一周后回访执行情况。",
                worker);
        Mediation parking = desk.open("C01", new MediationDesk.Intake("PROPERTY",
                "3 号楼地下车位被邻居长期堆放杂物占用，车位业主无法停车。", "车位业主 钱先生 13912340103",
                "邻居 卫女士 13912340104", "张建国"), worker);
        desk.session(parking.id(), "物业提供车位产权登记，卫女士承认误占。", worker);
        desk.agree(parking.id(), "卫女士于本周日前清走车位上的杂物，今后不再占用；物业在车位加装地锁，费用由钱先生承担。",
                null, worker);
        Mediation wages = desk.open("C01", new MediationDesk.Intake("LABOUR",
                "装修工人讨要 6000 元工钱，业主称工程质量不合格拒付。", "装修工人 蒋师傅 13912340105",
                "业主 沈先生 13912340106", "王秀英"), worker);
        desk.refer(wages.id(), "COURT", "欠款数额和工程质量争议较大，双方同意通过诉讼解决，已告知立案程序。", null, worker);
    }
}
