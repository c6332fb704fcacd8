package org.fengqiao.inspection;

import java.util.Map;

import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Routine frequencies of the demo departments: market supervision, emergency management and fire: A quarterly, B
 * twice a year, C yearly; urban management and environment: A twice a year, B yearly, C not on routine.
 */
@Component
@ConditionalOnDemoData
@Order(46)
class FrequencyDemoData implements ApplicationRunner {

    private static final Map<String, int[]> TIMES = Map.of("U03", new int[] {4, 2, 1}, "U04", new int[] {4, 2, 1},
            "U05", new int[] {4, 2, 1}, "U06", new int[] {2, 1, 0}, "U07", new int[] {2, 1, 0});

    private final JdbcClient jdbc;
    private final Units units;

    FrequencyDemoData(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) > 0 FROM inspection_frequency").query(Boolean.class).single()) {
            return;
        }
        TIMES.forEach((code, times) -> units.findByCode(code).ifPresent(u -> {
            for (RiskGrade g : RiskGrade.values()) {
                jdbc.sql("INSERT INTO inspection_frequency (unit_id, grade, times_per_year, changed_by) "
                        + "VALUES (?, ?, ?, 'system') ON CONFLICT DO NOTHING")
                        .params(u.id(), g.name(), times[g.ordinal()]).update();
            }
        }));
    }
}
