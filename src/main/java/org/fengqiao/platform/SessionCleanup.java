package org.fengqiao.platform;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Browser sessions live in the database so that every instance can continue any session. Expired ones are
 * deleted by one db-scheduler task for the whole cluster (one instance per run) instead of Spring Session's
 * per-instance cron, which is switched off in the configuration.
 */
@Configuration(proxyBeanMethods = false)
class SessionCleanup {

    static final String TASK = "http-session-cleanup";

    @Bean
    Task<Void> httpSessionCleanupTask(JdbcIndexedSessionRepository sessions) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> sessions.cleanUpExpiredSessions());
    }
}
