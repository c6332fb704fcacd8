package org.fengqiao.insight;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates one report on whichever instance picked its task: content, Excel, PDF, each step written to the row
 * so every instance's page shows progress. A scheduled report, when finished, goes to the inbox of the heads of
 * the units in its jurisdiction, in the transaction that stores the files, so exactly once.
 */
@Component
class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final Reports reports;
    private final ReportContents contents;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final People people;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    ReportRunner(Reports reports, ReportContents contents, Jurisdictions jurisdictions, Units units, People people,
            MessageSource messages, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.reports = reports;
        this.contents = contents;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.people = people;
        this.messages = messages;
        this.events = events;
        this.tx = tx;
    }

    void run(UUID id) {
        Reports.Report report = reports.find(id).orElse(null);
        if (report == null || report.done()) {
            return;
        }
        try {
            reports.started(id);
            Jurisdiction place = jurisdictions.findByCode(report.jurisdictionCode()).orElseThrow(
                    () -> new IllegalStateException("insight.report.error.gone"));
            Unit unit = report.unitId() == null ? null : units.find(report.unitId()).orElseThrow(
                    () -> new IllegalStateException("insight.report.error.gone"));
            ReportContent content = contents.of(place, unit, report.period(), report.locale());
            reports.progress(id, "excel", 40);
            byte[] xlsx = ExcelReport.write(content);
            reports.progress(id, "pdf", 70);
            byte[] pdf = PdfReport.write(content);
            reports.progress(id, "storing", 90);
            tx.executeWithoutResult(s -> {
                if (reports.done(id, xlsx, pdf) && report.scheduled()) {
                    deliver(report, content);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Report {} failed", id, e);
            reports.failed(id, "insight.report.error.failed");
        }
    }

    /** To the heads of the report's unit, or of the units placed at the report's jurisdiction. */
    private void deliver(Reports.Report report, ReportContent content) {
        Set<UUID> heads = units.active().stream().filter(u -> report.unitId() == null
                        ? report.jurisdictionPath().equals(u.jurisdictionPath()) : u.id().equals(report.unitId()))
                .flatMap(u -> people.ofUnit(u.id()).stream())
                .filter(p -> p.enabled() && p.roles().contains(Role.HEAD)).map(Person::id)
                .collect(Collectors.toSet());
        if (heads.isEmpty()) {
            return;
        }
        events.publishEvent(new MonthlyReportReady(report.id(), report.jurisdictionCode(), heads, content.title(),
                messages.getMessage("insight.report.delivered", new Object[] {content.subtitle()}, report.locale())));
    }
}
