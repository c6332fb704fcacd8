package org.fengqiao.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.fengqiao.subject.CreditStatus;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades for every demo enterprise, a few approved exemptions, and about two inspection demands per firm from the
 * district departments (U03–U07) over the next four weeks, some of them triggered. Skipped when demands exist.
 */
@Component
@ConditionalOnDemoData
@Order(50)
class InspectionDemoData implements ApplicationRunner {

    private static final List<String> DEPARTMENTS = List.of("U03", "U04", "U05", "U06", "U07");
    private static final int[] MINUTES = {60, 60, 45, 45, 90};

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final Units units;
    private final Grading grading;

    InspectionDemoData(JdbcClient jdbc, Enterprises enterprises, Units units, Grading grading) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.units = units;
        this.grading = grading;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) > 0 FROM inspection_demand").query(Boolean.class).single()) {
            return;
        }
        List<Unit> departments = DEPARTMENTS.stream().map(units::findByCode).flatMap(java.util.Optional::stream)
                .toList();
        List<UUID> ids = jdbc.sql("SELECT id FROM enterprise ORDER BY credit_code").query(UUID.class).list();
        if (departments.size() < DEPARTMENTS.size() || ids.isEmpty()) {
            return;
        }
        Random random = new Random(20261126L);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int exempt = 0;
        for (UUID id : ids) {
            Grade grade = grading.recompute(id);
            Enterprise e = enterprises.find(new EnterpriseId(id)).orElseThrow();
            if (exempt < 6 && grade.effective() == RiskGrade.C && e.creditStatus() == CreditStatus.GOOD
                    && random.nextInt(3) == 0) {
                exempt++;
                jdbc.sql("INSERT INTO inspection_exemption (enterprise_id, status, reason, changed_by) "
                        + "VALUES (?, 'APPROVED', '低风险、信用良好、无未结事项', 'admin')").param(id).update();
                jdbc.sql("INSERT INTO inspection_exemption_log (enterprise_id, status, reason, actor) "
                        + "VALUES (?, 'APPROVED', '低风险、信用良好、无未结事项', 'admin')").param(id).update();
                continue;
            }
            int count = 1 + random.nextInt(grade.effective() == RiskGrade.A ? 4 : 3);
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            Collections.shuffle(order, random);
            for (int k = 0; k < count; k++) {
                int d = order.get(k);
                boolean triggered = random.nextInt(12) == 0;
                int length = triggered ? 2 : 5 + random.nextInt(12);
                LocalDate earliest = monday.plusDays(random.nextInt(21));
                jdbc.sql("""
                        INSERT INTO inspection_demand (id, enterprise_id, unit_id, forms, earliest, latest, minutes,
                            kind, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'system')""")
                        .params(UUID.randomUUID(), id, departments.get(d).id(), "", earliest,
                                earliest.plusDays(length - 1), MINUTES[d], triggered ? "TRIGGERED" : "ROUTINE")
                        .update();
            }
        }
        ids.forEach(grading::recompute);
    }
}
