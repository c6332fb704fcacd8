package org.fengqiao.insight;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Unit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Period reports for machine clients: ask (202 with where to look), poll the state, download when done. */
@RestController
@RequestMapping("/api/v1/insight/reports")
class InsightReportApi {

    private final CurrentActor actors;
    private final Scope scope;
    private final UnitScope unitScope;
    private final BackgroundReports background;
    private final ReportShelf shelf;

    InsightReportApi(CurrentActor actors, Scope scope, UnitScope unitScope, BackgroundReports background,
            ReportShelf shelf) {
        this.actors = actors;
        this.scope = scope;
        this.unitScope = unitScope;
        this.background = background;
        this.shelf = shelf;
    }

    /**
     * A month or quarter ({@code year}, {@code number}) or a CUSTOM span ({@code from}, {@code to}, at most 366
     * days) of a jurisdiction, or of a unit ({@code unit}, by code) over that unit's jurisdiction.
     */
    record Request(@Size(max = 32) String jurisdiction, @Size(max = 32) String unit, @NotNull ReportPeriod.Kind kind,
            @Min(2000) @Max(2100) Integer year, @Min(1) @Max(12) Integer number, LocalDate from, LocalDate to) {
    }

    record Status(UUID id, String jurisdiction, String unit, String kind, String from, String to, String state,
            String step, int percent, boolean scheduled, Instant requestedAt, Instant finishedAt, String xlsx,
            String pdf) {

        static Status of(Reports.Report r) {
            String base = "/api/v1/insight/reports/" + r.id() + "/report.";
            return new Status(r.id(), r.jurisdictionCode(), r.unitCode(), r.period().kind().name(),
                    r.period().from().toString(),
                    r.period().to().toString(), r.state().name(), r.step(), r.percent(), r.scheduled(),
                    r.requestedAt(), r.finishedAt(), r.done() ? base + "xlsx" : null, r.done() ? base + "pdf" : null);
        }
    }

    @PostMapping
    ResponseEntity<Status> request(@Valid @RequestBody Request body) {
        Actor actor = actors.get();
        ReportPeriod period = ReportPeriod.requested(body.kind(), body.year(), body.number(), body.from(), body.to(),
                LocalDate.now(CaseFact.ZONE));
        Unit unit = unitScope.ofOptional(actor, body.unit());
        UUID id = background.request(actor, unit == null ? scope.of(actor, body.jurisdiction()) : null, unit, period,
                LocaleContextHolder.getLocale());
        return ResponseEntity.accepted().location(URI.create("/api/v1/insight/reports/" + id))
                .body(Status.of(shelf.get(actor, id)));
    }

    @GetMapping("/{id}")
    Status status(@PathVariable UUID id) {
        return Status.of(shelf.get(actors.get(), id));
    }

    @GetMapping("/{id}/report.{ext}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String ext) {
        return InsightReportPages.download(shelf, actors.get(), id, ext);
    }
}
