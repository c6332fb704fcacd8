package org.fengqiao.insight;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures and the cases behind them as JSON, for machine clients and the benchmark. */
@RestController
@RequestMapping("/api/v1/insight")
class InsightApi {

    private final CurrentActor actors;
    private final Scope scope;
    private final UnitScope unitScope;
    private final Dashboard dashboard;
    private final DrillDown drillDown;
    private final CaseExport export;

    InsightApi(CurrentActor actors, Scope scope, UnitScope unitScope, Dashboard dashboard, DrillDown drillDown,
            CaseExport export) {
        this.export = export;
        this.actors = actors;
        this.scope = scope;
        this.unitScope = unitScope;
        this.dashboard = dashboard;
        this.drillDown = drillDown;
    }

    @GetMapping("/figures")
    Figures figures(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = actors.get();
        Jurisdiction place = scope.of(actor, j);
        return dashboard.figures(place, unitScope.ofOptional(actor, u), Period.of(from, to,
                LocalDate.now(CaseFact.ZONE)));
    }

    @GetMapping("/cases")
    DrillDown.Page cases(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String closure,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page) {
        Actor actor = actors.get();
        Jurisdiction place = scope.of(actor, j);
        return drillDown.cases(place, unitScope.ofOptional(actor, u), Period.of(from, to, LocalDate.now(CaseFact.ZONE)),
                new DrillDown.Filter(category, channel, status, closure, overdue, open), page);
    }

    /** The cases behind a figure as CSV, streamed (at most 200,000 lines). */
    @GetMapping("/cases.csv")
    void casesCsv(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String closure,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean open,
            HttpServletResponse response) throws java.io.IOException {
        Actor actor = actors.get();
        Jurisdiction place = scope.of(actor, j);
        Unit unit = unitScope.ofOptional(actor, u);
        export.csv(place, unit, Period.of(from, to, LocalDate.now(CaseFact.ZONE)),
                new DrillDown.Filter(category, channel, status, closure, overdue, open), response);
    }
}
