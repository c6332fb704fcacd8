package org.fengqiao.insight;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
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
    private final UnitScope units;
    private final Jurisdictions jurisdictions;

    BackgroundReports(Reports reports, SchedulerClient scheduler, UnitScope units, Jurisdictions jurisdictions) {
        this.reports = reports;
        this.scheduler = scheduler;
        this.units = units;
        this.jurisdictions = jurisdictions;
    }

    /**
     * A report someone asked for: of a jurisdiction they cover, by its dispatchers, heads and admins; of a unit
     * (then over the unit's own jurisdiction, {@code place} is not used), by those who read the unit's figures.
     */
    @Transactional
    UUID request(Actor by, Jurisdiction place, Unit unit, ReportPeriod period, Locale locale) {
        Jurisdiction where = place;
        if (unit != null) {
            if (!units.may(by, unit)) {
                throw new Forbidden("insight.report.error.notPermitted");
            }
            where = jurisdictions.find(unit.jurisdictionId())
                    .orElseThrow(() -> new Forbidden("insight.report.error.notPermitted"));
        } else if (!by.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD)) {
            throw new Forbidden("insight.report.error.notPermitted");
        }
        UUID id = reports.add(where.code(), where.path(), unit, period, locale, by.username(), false).orElseThrow();
        schedule(id);
        return id;
    }

    /** The scheduled report of a jurisdiction (or unit) and period, unless it exists already (then empty). */
    @Transactional
    Optional<UUID> scheduled(Jurisdiction place, Unit unit, ReportPeriod period, Locale locale) {
        Optional<UUID> id = reports.add(place.code(), place.path(), unit, period, locale, "system", true);
        id.ifPresent(this::schedule);
        return id;
    }

    private void schedule(UUID id) {
        scheduler.schedule(new TaskInstance<>(TASK.getTaskName(), id.toString(), id.toString()), Instant.now());
    }
}
