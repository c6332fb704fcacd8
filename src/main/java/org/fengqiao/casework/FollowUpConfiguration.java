package org.fengqiao.casework;

import java.time.Instant;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up timer task and the follow-up pages in the navigation. */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    /** The db-scheduler task behind every follow-up's due day (FollowUpTimers names its instances). */
    @Bean
    Task<String> caseworkFollowUpTask(FollowUpReminders reminders) {
        return Tasks.oneTime(FollowUpTimers.TASK).execute((instance, context) -> reminders.fire(
                FollowUpTimers.followUpOf(instance.getId()), Instant.now()));
    }

    @Bean
    NavLink caseworkFollowUps() {
        return new NavLink("casework.nav.followUps", "/casework/follow-ups",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "OFFICER", "AUDITOR"), 28);
    }

    @Bean
    NavLink caseworkFollowUpPolicy() {
        return new NavLink("casework.nav.followUpPolicy", "/casework/follow-ups/policy", Set.of("ADMIN"), 29);
    }
}
