package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catch-up of insight's facts reads the cases written since its last run, by the database's clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatchUpTests {

    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    Rollups rollups;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseWrittenWithAClockInThePastIsStillAmongTheCasesTheNextCatchUpReads() {
        for (int i = 0; i < 20 && maintenance.reconcile() > 0; i++) {
            Thread.onSpinWait();
        }
        Instant mark = rollups.watermark().orElseThrow();
        UUID id = jdbc.sql("SELECT id FROM cases ORDER BY number LIMIT 1").query(UUID.class).single();
        Timestamp updated = jdbc.sql("SELECT updated_at FROM cases WHERE id = ?").param(id).query(Timestamp.class)
                .single();
        // the aggregate's clock says long ago (as imports and demo histories do); the write itself is now
        Timestamp touched = jdbc.sql("UPDATE cases SET updated_at = updated_at - interval '400 days' WHERE id = ?"
                + " RETURNING touched_at").param(id).query(Timestamp.class).single();
        jdbc.sql("UPDATE cases SET updated_at = ? WHERE id = ?").params(updated, id).update();
        assertThat(touched.toInstant()).isAfter(mark.minus(RollupMaintenance.OVERLAP));
        // it is read again, and found equal to its fact row, so nothing is refreshed
        assertThat(jdbc.sql("SELECT count(*) FROM cases WHERE touched_at >= ? AND id = ?")
                .params(Timestamp.from(mark.minus(RollupMaintenance.OVERLAP)), id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(rollups.staleSince(mark.minus(RollupMaintenance.OVERLAP), 10)).doesNotContain(id);
        // a time written explicitly (as a restore's COPY does) is kept
        Timestamp stored = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
        jdbc.sql("UPDATE cases SET touched_at = ? WHERE id = ? RETURNING touched_at").params(stored, id)
                .query(Timestamp.class).single();
        assertThat(jdbc.sql("SELECT touched_at FROM cases WHERE id = ?").param(id).query(Timestamp.class).single())
                .isEqualTo(stored);
        assertThat(maintenance.reconcile()).isZero();
        assertThat(rollups.watermark().orElseThrow()).isAfterOrEqualTo(mark);
    }
}
