package org.fengqiao.insight;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.org.CurrentActor;
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
    private final Selection.Resolver selections;
    private final Dashboard dashboard;
    private final DrillDown drillDown;
    private final CaseExport export;

    InsightApi(CurrentActor actors, Selection.Resolver selections, Dashboard dashboard, DrillDown drillDown,
            CaseExport export) {
        this.export = export;
        this.actors = actors;
        this.selections = selections;
        this.dashboard = dashboard;
        this.drillDown = drillDown;
    }

    @GetMapping("/figures")
    Figures figures(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Selection s = selections.of(actors.get(), j, u, from, to);
        return dashboard.figures(s.place(), s.unit(), s.period());
    }

    @GetMapping("/cases")
    DrillDown.Page cases(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String closure,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page) {
        Selection s = selections.of(actors.get(), j, u, from, to);
        return drillDown.cases(s.place(), s.unit(), s.period(),
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
        Selection s = selections.of(actors.get(), j, u, from, to);
        export.csv(s.place(), s.unit(), s.period(),
                new DrillDown.Filter(category, channel, status, closure, overdue, open), response);
    }
}
