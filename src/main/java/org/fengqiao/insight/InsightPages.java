package org.fengqiao.insight;

import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Unit;
import org.fengqiao.shared.NavLink;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard of a jurisdiction and period, and the list of cases behind each of its numbers. */
@Controller
class InsightPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAP_POINTS = 5000;

    private final CurrentActor actors;
    private final Selection.Resolver selections;
    private final UnitScope unitScope;
    private final Dashboard dashboard;
    private final DrillDown drillDown;
    private final Jurisdictions jurisdictions;
    private final ReportingReads reads;
    private final CaseExport export;
    private final MessageSource messages;

    InsightPages(CurrentActor actors, Selection.Resolver selections, UnitScope unitScope, Dashboard dashboard, DrillDown drillDown,
            Jurisdictions jurisdictions, ReportingReads reads, CaseExport export, MessageSource messages) {
        this.export = export;
        this.messages = messages;
        this.actors = actors;
        this.selections = selections;
        this.unitScope = unitScope;
        this.dashboard = dashboard;
        this.drillDown = drillDown;
        this.jurisdictions = jurisdictions;
        this.reads = reads;
    }

    @Bean
    static NavLink insightDashboard() {
        return new NavLink("insight.nav.dashboard", "/insight", java.util.Set.of("ADMIN", "DISPATCHER", "HEAD",
                "OFFICER", "AUDITOR"), 60);
    }

    /** A place's figures, or with {@code u} those of the cases that unit leads there. */
    @GetMapping("/insight")
    String dashboard(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Actor actor = actors.get();
        Selection s = selections.of(actor, j, u, from, to);
        Jurisdiction place = s.place();
        Unit unit = s.unit();
        Period period = s.period();
        Figures f = dashboard.figures(place, unit, period);
        model.addAttribute("f", f);
        model.addAttribute("places", jurisdictions.visibleTo(actor));
        model.addAttribute("units", unitScope.visibleTo(actor));
        model.addAttribute("replica", reads.degraded().orElse(null));
        model.addAttribute("base", "j=" + place.code() + (unit == null ? "" : "&u=" + unit.code()) + "&from="
                + period.from() + "&to=" + period.to());
        model.addAttribute("chartData", JSON.writeValueAsString(Map.of("channels", labelled("casework.channel.",
                f.byChannel()), "categories", labelled("casework.category.", f.byCategory()), "points",
                dashboard.points(place, unit, period, MAP_POINTS))));
        return "insight/dashboard";
    }

    /** The chart's legend speaks the reader's language: each code becomes its label in the casework bundle. */
    private Map<String, Long> labelled(String prefix, Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((code, n) -> out.merge(messages.getMessage(prefix + code, null, code,
                LocaleContextHolder.getLocale()), n, Long::sum));
        return out;
    }

    @GetMapping("/insight/cases")
    String cases(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String category, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String closure,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Selection s = selections.of(actors.get(), j, u, from, to);
        Jurisdiction place = s.place();
        Unit unit = s.unit();
        Period period = s.period();
        DrillDown.Filter filter = new DrillDown.Filter(category, channel, status, closure, overdue, open);
        model.addAttribute("place", place);
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("filter", filter);
        model.addAttribute("result", drillDown.cases(place, unit, period, filter, page));
        model.addAttribute("query", "j=" + place.code() + (unit == null ? "" : "&u=" + unit.code())
                + "&from=" + period.from() + "&to=" + period.to()
                + param("category", category) + param("channel", channel) + param("status", status)
                + param("closure", closure) + (overdue ? "&overdue=true" : "") + (open ? "&open=true" : ""));
        return "insight/cases";
    }

    /** The same cases as CSV, streamed. */
    @GetMapping("/insight/cases.csv")
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

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? ""
                : "&" + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

}
