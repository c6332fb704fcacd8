package org.fengqiao.inspection;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.shared.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly inspection report per department for a district or town, as a page, Excel and PDF. */
@Controller
@RequestMapping("/inspection/reports")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HEAD','AUDITOR')")
class MonthlyReportPages {

    private final MonthlyReport report;
    private final ReportWorkbook workbook;
    private final ReportPdf pdf;
    private final Jurisdictions jurisdictions;
    private final CurrentActor current;

    MonthlyReportPages(MonthlyReport report, ReportWorkbook workbook, ReportPdf pdf, Jurisdictions jurisdictions,
            CurrentActor current) {
        this.report = report;
        this.workbook = workbook;
        this.pdf = pdf;
        this.jurisdictions = jurisdictions;
        this.current = current;
    }

    @GetMapping("/monthly")
    String monthly(@RequestParam(required = false) String month, @RequestParam(required = false) String place,
            Model model) {
        Actor actor = current.get();
        MonthlyReport.Report r = report.report(actor, month(month), place);
        model.addAttribute("report", r);
        model.addAttribute("columns", ReportColumns.ALL);
        model.addAttribute("cells", r.rows().stream().map(MonthlyReportPages::cells).toList());
        model.addAttribute("totalCells", cells(r.total()));
        model.addAttribute("places", jurisdictions.visibleTo(actor).stream()
                .filter(j -> j.level() == JurisdictionLevel.DISTRICT || j.level() == JurisdictionLevel.TOWN).toList());
        return "inspection/report";
    }

    @GetMapping("/monthly.xlsx")
    void xlsx(@RequestParam(required = false) String month, @RequestParam(required = false) String place,
            HttpServletResponse response) throws IOException {
        MonthlyReport.Report r = report.report(current.get(), month(month), place);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"inspection-" + r.month() + ".xlsx\"");
        workbook.write(r, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @GetMapping("/monthly.pdf")
    void pdf(@RequestParam(required = false) String month, @RequestParam(required = false) String place,
            HttpServletResponse response) throws IOException {
        MonthlyReport.Report r = report.report(current.get(), month(month), place);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"inspection-" + r.month() + ".pdf\"");
        pdf.write(r, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    private static java.util.List<String> cells(MonthlyReport.Row row) {
        return ReportColumns.ALL.stream().map(c -> ReportColumns.text(c, row)).toList();
    }

    static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            return YearMonth.now(ZoneId.of("Asia/Shanghai"));
        }
        try {
            YearMonth m = YearMonth.parse(raw.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                throw new InvalidInput("month", "inspection.report.month");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "inspection.report.month");
        }
    }
}
