package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Browser sessions in the database: one recurring cluster-wide task removes expired ones and keeps live ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCleanupTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("httpSessionCleanupTask")
    Task<Void> cleanup;

    @Test
    void theCleanupIsOneRecurringDbSchedulerTaskNotAPerInstanceCron() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?").param(SessionCleanup.TASK)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void expiredSessionsAndTheirAttributesAreRemovedAndLiveOnesKept() throws Exception {
        long now = System.currentTimeMillis();
        String expired = session(now - 3_600_000, now - 1_000);
        String live = session(now, now + 1_800_000);
        cleanup.execute(new TaskInstance<>(SessionCleanup.TASK, "recurring"), null);
        assertThat(exists(expired)).isFalse();
        assertThat(exists(live)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session_attributes WHERE session_primary_id = ?")
                .param(expired).query(Integer.class).single()).isZero();
        jdbc.sql("DELETE FROM spring_session WHERE primary_id = ?").param(live).update();
    }

    private String session(long lastAccess, long expiry) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name) VALUES (?, ?, ?, ?, 1800, ?, 'test')""")
                .params(id, UUID.randomUUID().toString(), lastAccess, lastAccess, expiry).update();
        jdbc.sql("INSERT INTO spring_session_attributes VALUES (?, 'x', ?)").params(id, new byte[] {1}).update();
        return id;
    }

    private boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id = ?").param(id).query(Integer.class)
                .single() == 1;
    }
}
