package org.fengqiao.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Jurisdictions;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo activities in 绿荫苑社区 (C01), organised by the grid worker: a clean-up held last week with checked-in
 * volunteers whose hours are approved, and an anti-fraud talk next week open for sign-up. Does nothing when C01
 * already has activities.
 */
@Component
@ConditionalOnDemoData
@Order(61)
class ActivityDemoData implements ApplicationRunner {

    private final Activities activities;
    private final CommunityAccess access;
    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;

    ActivityDemoData(Activities activities, CommunityAccess access, JdbcClient jdbc, Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.activities = activities;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM community_activity WHERE community_code = 'C01'").query(Long.class)
                .single() > 0 || jurisdictions.findByCode("C01").isEmpty()) {
            return;
        }
        Community c01 = access.community("C01");
        LocalDate today = LocalDate.now(ActivityDesk.ZONE);
        Activity cleanUp = activity(c01, "楼道杂物清理志愿服务", "3 号楼、5 号楼楼道", today.minusDays(6), 9, 11, 20, "2.0");
        activity(c01, "防电信诈骗宣传进小区", "物业二楼活动室", today.plusDays(7), 14, 16, 30, "1.5");
        List<String[]> volunteers = List.of(new String[] {"王秀英", "13700001001"},
                new String[] {"张建国", "13700001002"}, new String[] {"黄小明", "13912345101"});
        Instant checkedIn = cleanUp.startsAt().plusSeconds(300);
        for (String[] v : volunteers) {
            UUID id = UUID.randomUUID();
            activities.addSignUp(new Activity.SignUp(id, cleanUp.id(), v[0], v[1], cleanUp.startsAt()
                    .minusSeconds(86_400), checkedIn, null, null, null));
            activities.approve(id, cleanUp.hours(), "grid", cleanUp.endsAt().plusSeconds(3_600));
        }
    }

    private Activity activity(Community c, String title, String place, LocalDate day, int from, int to, int capacity,
            String hours) {
        Activity a = new Activity(UUID.randomUUID(), c.code(), c.path(), title, null, place,
                day.atTime(LocalTime.of(from, 0)).atZone(ActivityDesk.ZONE).toInstant(),
                day.atTime(LocalTime.of(to, 0)).atZone(ActivityDesk.ZONE).toInstant(), capacity, new BigDecimal(hours),
                UUID.randomUUID().toString().replace("-", ""), "grid", Instant.now());
        activities.add(a);
        return a;
    }
}
