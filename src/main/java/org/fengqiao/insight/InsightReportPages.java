package org.fengqiao.insight;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Period reports: ask for one, follow its generation (htmx polls the row while it runs), download the files. */
@Controller
class InsightReportPages {

    private final CurrentActor actors;
    private final Scope scope;
    private final UnitScope unitScope;
    private final BackgroundReports background;
    private final ReportShelf shelf;
    private final Jurisdictions jurisdictions;

    InsightReportPages(CurrentActor actors, Scope scope, UnitScope unitScope, BackgroundReports background,
            ReportShelf shelf, Jurisdictions jurisdictions) {
        this.actors = actors;
        this.scope = scope;
        this.unitScope = unitScope;
        this.background = background;
        this.shelf = shelf;
        this.jurisdictions = jurisdictions;
    }

    @Bean
    static NavLink insightReports() {
        return new NavLink("insight.nav.reports", "/insight/reports", Set.of("ADMIN", "DISPATCHER", "HEAD",
                "HANDLER", "OFFICER", "AUDITOR"), 61);
    }

    @GetMapping("/insight/reports")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = actors.get();
        LocalDate lastMonth = LocalDate.now(CaseFact.ZONE).minusMonths(1);
        model.addAttribute("shelf", shelf.list(actor, page));
        boolean placeReports = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD);
        model.addAttribute("placeReports", placeReports);
        model.addAttribute("places", placeReports ? jurisdictions.visibleTo(actor) : java.util.List.of());
        model.addAttribute("units", unitScope.visibleTo(actor));
        model.addAttribute("year", lastMonth.getYear());
        model.addAttribute("month", lastMonth.getMonthValue());
        model.addAttribute("from", lastMonth.withDayOfMonth(1));
        model.addAttribute("to", LocalDate.now(CaseFact.ZONE).minusDays(1));
        return "insight/reports";
    }

    /** A month, a quarter or a custom span (from, to) of a jurisdiction ({@code j}) or of a unit ({@code u}). */
    @PostMapping("/insight/reports")
    String request(@RequestParam(required = false) String j, @RequestParam(required = false) String u,
            @RequestParam(required = false) ReportPeriod.Kind kind,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = actors.get();
        ReportPeriod period = ReportPeriod.requested(kind, year, number, from, to, LocalDate.now(CaseFact.ZONE));
        Unit unit = unitScope.ofOptional(actor, u);
        UUID id = background.request(actor, unit == null ? scope.of(actor, j) : null, unit, period,
                LocaleContextHolder.getLocale());
        return "redirect:/insight/reports?requested=" + id;
    }

    @GetMapping("/insight/reports/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("report", shelf.get(actors.get(), id));
        return "insight/report";
    }

    /** The report's row alone, which the list polls every two seconds while the report is being generated. */
    @GetMapping("/insight/reports/{id}/row")
    String row(@PathVariable UUID id, Model model) {
        model.addAttribute("report", shelf.get(actors.get(), id));
        return "insight/reports :: row";
    }

    @GetMapping("/insight/reports/{id}/report.{ext}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String ext) {
        return download(shelf, actors.get(), id, ext);
    }

    static ResponseEntity<byte[]> download(ReportShelf shelf, Actor actor, UUID id, String ext) {
        ReportFormat format = ReportFormat.byExtension(ext)
                .orElseThrow(() -> new InvalidInput("ext", "insight.report.error.format"));
        Reports.Report report = shelf.get(actor, id);
        byte[] content = shelf.file(actor, id, format);
        String name = (report.unitCode() == null ? report.jurisdictionCode() : report.unitCode()) + "-"
                + report.period().from() + (report.period().kind() == ReportPeriod.Kind.CUSTOM
                        ? "-" + report.period().to() : "") + "-" + report.period().kind().name().toLowerCase() + "."
                + format.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .body(content);
    }
}
