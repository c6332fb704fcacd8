package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;

import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: labour (劳动和社会保障), consumer (商贸旅游) and neighbour disputes (filed under 治安安全) are disputes with
 * follow-ups at +7 and +30 days, and the demo cases of those categories closed before get their follow-ups. Skipped
 * when any dispute category is configured already.
 */
@Component
@ConditionalOnDemoData
@Order(31)
class FollowUpDemoData implements ApplicationRunner {

    static final List<Category> DISPUTES = List.of(Category.LABOUR_SOCIAL_SECURITY, Category.COMMERCE_TOURISM,
            Category.PUBLIC_SAFETY);

    /**
     * The latest closes that get follow-ups planned: the demo's own cases, not every close of a large database started
     * in demo mode (at 5 M cases planning them all kept the application from becoming ready for hours).
     */
    private static final int DEMO_CLOSES = 500;

    private final FollowUpPolicies policies;
    private final FollowUpPlanning planning;
    private final Cases cases;
    private final JdbcClient jdbc;

    FollowUpDemoData(FollowUpPolicies policies, FollowUpPlanning planning, Cases cases, JdbcClient jdbc) {
        this.policies = policies;
        this.planning = planning;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policies.all().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        DISPUTES.forEach(c -> policies.save(new FollowUpPolicy(c, FollowUpPolicy.DEFAULT_OFFSETS), "demo", now));
        jdbc.sql("""
                SELECT id FROM cases WHERE status = 'CLOSED' AND closure_kind <> 'MERGED' AND category IN (:categories)
                ORDER BY updated_at DESC LIMIT :demo""").param("categories", DISPUTES.stream().map(Enum::name).toList())
                .param("demo", DEMO_CLOSES)
                .query(java.util.UUID.class).list()
                .forEach(id -> cases.find(new CaseId(id)).ifPresent(c -> planning.plan(c,
                        new CaseClosed(c.id(), c.number(), c.updatedAt(), c.closureKind()))));
    }
}
