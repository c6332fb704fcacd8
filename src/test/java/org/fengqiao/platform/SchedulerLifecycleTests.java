package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stopped context picks up no db-scheduler executions, and picks them up again when started: what keeps a
 * paused test context (or an instance shutting down) from taking work whose events it would no longer deliver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchedulerLifecycleTests {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPausedContextLeavesDueExecutionsAloneAndRunsThemOnceRestarted() throws Exception {
        context.pause();
        try {
            assertThat(scheduler.getSchedulerState().isPaused()).isTrue();
            Timestamp before = lastSuccess();
            jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = ?")
                    .param(SessionCleanup.TASK).update();
            Thread.sleep(7_000); // longer than the polling interval (5 s)
            assertThat(lastSuccess()).as("the due cleanup did not run while paused").isEqualTo(before);
            assertThat(jdbc.sql("SELECT picked FROM scheduled_tasks WHERE task_name = ?").param(SessionCleanup.TASK)
                    .query(Boolean.class).single()).isFalse();
        } finally {
            context.restart();
        }
        assertThat(scheduler.getSchedulerState().isPaused()).isFalse();
        Timestamp paused = lastSuccess();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until && java.util.Objects.equals(lastSuccess(), paused)) {
            Thread.sleep(200);
        }
        assertThat(lastSuccess()).as("the cleanup ran once the context was started again").isNotEqualTo(paused);
    }

    private Timestamp lastSuccess() {
        return jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = ?").param(SessionCleanup.TASK)
                .query(Timestamp.class).optional().orElse(null);
    }
}
