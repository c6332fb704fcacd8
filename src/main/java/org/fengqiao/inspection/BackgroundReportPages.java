package org.fengqiao.inspection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Monthly reports made in the background: ask for one, watch its progress (htmx polling), download the files. */
@Controller
@RequestMapping("/inspection/reports/background")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HEAD','AUDITOR')")
class BackgroundReportPages {

    private static final int PAGE = 20;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MonthlyReportRuns reports;
    private final InspectionReports files;
    private final Jurisdictions jurisdictions;
    private final CurrentActor current;

    BackgroundReportPages(MonthlyReportRuns reports, InspectionReports files, Jurisdictions jurisdictions,
            CurrentActor current) {
        this.reports = reports;
        this.files = files;
        this.jurisdictions = jurisdictions;
        this.current = current;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        Actor actor = current.get();
        List<InspectionReports.Run> rows = reports.list(actor, PAGE + 1, page * PAGE);
        model.addAttribute("runs", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("more", rows.size() > PAGE);
        model.addAttribute("page", page);
        model.addAttribute("fmt", MINUTE);
        model.addAttribute("places", jurisdictions.visibleTo(actor).stream()
                .filter(j -> j.level() == JurisdictionLevel.DISTRICT || j.level() == JurisdictionLevel.TOWN).toList());
        return "inspection/report-runs";
    }

    @PostMapping
    String request(@RequestParam(required = false) String month, @RequestParam(required = false) String place) {
        UUID id = reports.request(current.get(), MonthlyReportPages.month(month), place);
        return "redirect:/inspection/reports/background/" + id;
    }

    /** The run with its progress; while it works the page asks again every 2 s (htmx) for this same fragment. */
    @GetMapping("/{id}")
    String run(@PathVariable UUID id, Model model) {
        model.addAttribute("run", reports.visible(current.get(), id));
        model.addAttribute("fmt", MINUTE);
        return "inspection/report-run";
    }

    @GetMapping("/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        return download(id, "xlsx", MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return download(id, "pdf", MediaType.APPLICATION_PDF);
    }

    private ResponseEntity<byte[]> download(UUID id, String format, MediaType type) {
        InspectionReports.Run run = reports.visible(current.get(), id);
        byte[] body = files.file(id, format).orElseThrow(() -> new NotFound("report", id));
        String name = "inspection-" + run.placeCode() + "-" + run.month() + "." + format;
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
