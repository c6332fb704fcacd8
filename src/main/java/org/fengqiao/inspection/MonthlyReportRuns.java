package org.fengqiao.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly inspection report made in the background: a request is stored and scheduled as a db-scheduler
 * execution in one transaction; whichever instance picks it up computes the figures, then the Excel and the PDF,
 * writing step and percent as it goes (the page polls them). Each month the command room of every town and district
 * gets last month's report of its place in its inbox: the request per room and month is stored once, and the notice
 * is published in the transaction that stores the files.
 */
@Service
class MonthlyReportRuns {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("inspection-report", String.class);
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final Logger log = LoggerFactory.getLogger(MonthlyReportRuns.class);

    private final InspectionReports reports;
    private final MonthlyReport report;
    private final ReportWorkbook workbook;
    private final ReportPdf pdf;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    MonthlyReportRuns(InspectionReports reports, MonthlyReport report, ReportWorkbook workbook, ReportPdf pdf,
            Jurisdictions jurisdictions, Units units, ObjectProvider<SchedulerClient> scheduler, TransactionTemplate tx,
            MessageSource messages, ApplicationEventPublisher events) {
        this.reports = reports;
        this.report = report;
        this.workbook = workbook;
        this.pdf = pdf;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.scheduler = scheduler;
        this.tx = tx;
        this.messages = messages;
        this.events = events;
    }

    /** A report someone asked for: oversight roles see every department, a head only their own. */
    @Transactional
    UUID request(Actor actor, YearMonth month, String placeCode) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR, Role.HEAD)) {
            throw new Forbidden("inspection.error.role");
        }
        List<String> paths = MonthlyReport.paths(actor, placeCode, jurisdictions);
        Jurisdiction place = placeCode == null || placeCode.isBlank() ? jurisdictions.all().stream()
                .filter(j -> j.path().equals(paths.get(0))).findFirst().orElseThrow()
                : jurisdictions.findByCode(placeCode.strip()).orElseThrow();
        boolean all = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR);
        UUID id = reports.add(place.code(), place.path(), month, actor.username(), all,
                all ? Set.of() : actor.unitIds(), null).orElseThrow();
        schedule(id);
        return id;
    }

    InspectionReports.Run visible(Actor actor, UUID id) {
        InspectionReports.Run run = reports.get(id);
        boolean oversight = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR) && actor.covers(run.placePath());
        if (!oversight && !run.requestedBy().equals(actor.username()) && !actor.memberOf(run.deliverTo())) {
            throw new NotFound("report", id);
        }
        return run;
    }

    List<InspectionReports.Run> list(Actor actor, int limit, int offset) {
        List<String> paths = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR) ? actor.jurisdictionPaths()
                : List.of();
        return reports.visible(paths, actor.username(), actor.unitIds(), limit, offset);
    }

    /**
     * Queues last month's report for every active command room of a town or district that has none yet; answers
     * how many it queued (0 on every run after the first of the month).
     */
    int queueMonthly(LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        int queued = 0;
        for (Unit room : units.active()) {
            Optional<Jurisdiction> place = room.kind() != UnitKind.COMMAND_ROOM ? Optional.empty()
                    : jurisdictions.find(room.jurisdictionId()).filter(j -> j.level() == JurisdictionLevel.DISTRICT
                            || j.level() == JurisdictionLevel.TOWN);
            if (place.isPresent() && Boolean.TRUE.equals(tx.execute(s -> reports.add(place.get().code(),
                    place.get().path(), last, "system", true, Set.of(), room.id()).map(id -> {
                        schedule(id);
                        return true;
                    }).orElse(false)))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * The task: computes the figures, writes the files and, for a delivered report, the notice with them. A report
     * that fails is marked failed, not retried.
     */
    void run(UUID id) {
        InspectionReports.Run r = reports.get(id);
        if (r.done()) {
            return;
        }
        try {
            reports.progress(id, "figures", 10);
            Actor as = new Actor(null, r.requestedBy(), r.requestedBy(), r.allUnits() ? Set.of(Role.ADMIN)
                    : Set.of(Role.HEAD), Set.copyOf(r.unitIds()), List.of(r.placePath()));
            MonthlyReport.Report figures = report.report(as, r.month(), r.placeCode());
            reports.progress(id, "excel", 50);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            workbook.write(figures, LOCALE, xlsx);
            reports.progress(id, "pdf", 75);
            ByteArrayOutputStream doc = new ByteArrayOutputStream();
            pdf.write(figures, LOCALE, doc);
            tx.executeWithoutResult(s -> {
                if (reports.finish(id, xlsx.toByteArray(), doc.toByteArray()) && r.deliverTo() != null) {
                    events.publishEvent(new InspectionReportReady(id, r.deliverTo(),
                            text("inspection.report.readyTitle", figures.placeName(), r.month().toString()),
                            text("inspection.report.readyBody", figures.total().inspections(),
                                    figures.register().size())));
                }
            });
        } catch (IOException | RuntimeException e) {
            // shown as failed on its page; asking again makes a new one (a retry would fail the same way)
            log.warn("Inspection report {} failed: {}", id, e.toString());
            reports.fail(id);
        }
    }

    private void schedule(UUID id) {
        scheduler.getObject().schedule(new TaskInstance<>(TASK.getTaskName(), id.toString(), id.toString()),
                Instant.now());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}
