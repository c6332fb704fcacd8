package org.fengqiao.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports are generated as db-scheduler executions: the request is stored and scheduled in one transaction, and
 * whichever instance picks it up runs {@link ReportRunner}; if that instance dies, the execution is revived
 * elsewhere.
 */
@Service
class BackgroundReports {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("insight-report", String.class);

    private final Reports reports;
    private final SchedulerClient scheduler;

    BackgroundReports(Reports reports, SchedulerClient scheduler) {
        this.reports = reports;
        this.scheduler = scheduler;
    }

    /** A report someone asked for: dispatchers, heads and admins of a jurisdiction they cover. */
    @Transactional
    UUID request(Actor by, Jurisdiction place, ReportPeriod.Kind kind, int year, int number, Locale locale) {
        if (!by.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD)) {
            throw new Forbidden("insight.report.error.notPermitted");
        }
        ReportPeriod period = ReportPeriod.of(kind, year, number, LocalDate.now(CaseFact.ZONE));
        UUID id = reports.add(place.code(), place.path(), period, locale, by.username(), false).orElseThrow();
        schedule(id);
        return id;
    }

    /** The scheduled report of a jurisdiction and period, unless it exists already (then empty). */
    @Transactional
    Optional<UUID> scheduled(Jurisdiction place, ReportPeriod period, Locale locale) {
        Optional<UUID> id = reports.add(place.code(), place.path(), period, locale, "system", true);
        id.ifPresent(this::schedule);
        return id;
    }

    private void schedule(UUID id) {
        scheduler.schedule(new TaskInstance<>(TASK.getTaskName(), id.toString(), id.toString()), Instant.now());
    }
}
