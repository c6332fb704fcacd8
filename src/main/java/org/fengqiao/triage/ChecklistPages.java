package org.fengqiao.triage;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.Industries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The checklists (问题化解白名单) with progress per list and per place, their items, the Excel export and hotspots. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER', 'AUDITOR')")
class ChecklistPages {

    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Checklists checklists;
    private final Hotspots hotspots;
    private final Jurisdictions jurisdictions;
    private final CurrentActor current;
    private final MessageSource messages;
    private final Industries industries;

    ChecklistPages(Checklists checklists, Hotspots hotspots, Jurisdictions jurisdictions, CurrentActor current,
            MessageSource messages, Industries industries) {
        this.industries = industries;
        this.checklists = checklists;
        this.hotspots = hotspots;
        this.jurisdictions = jurisdictions;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/triage/checklists")
    String lists(@RequestParam(defaultValue = "90") int days, @RequestParam(required = false) String industry,
            Model model) {
        Actor actor = current.get();
        Instant since = since(days);
        model.addAttribute("lists", checklists.lists(actor.jurisdictionPaths(), since, industry));
        model.addAttribute("industry", industry);
        model.addAttribute("industries", industries.all());
        model.addAttribute("industryNames", industryNames());
        model.addAttribute("progress", checklists.byPlace(actor.jurisdictionPaths(), since));
        model.addAttribute("names", names());
        model.addAttribute("days", days);
        return "triage/checklists";
    }

    @GetMapping("/triage/checklists/items")
    String items(@RequestParam String category, @RequestParam(defaultValue = "") String industry,
            @RequestParam String place, @RequestParam(defaultValue = "90") int days, Model model) {
        Actor actor = current.get();
        model.addAttribute("items", checklists.items(actor.jurisdictionPaths(), since(days), category, industry, place));
        model.addAttribute("category", category);
        model.addAttribute("industry", industry);
        model.addAttribute("industryNames", industryNames());
        model.addAttribute("place", place);
        model.addAttribute("names", names());
        model.addAttribute("days", days);
        return "triage/checklist";
    }

    @GetMapping("/triage/checklists.xlsx")
    void export(@RequestParam(defaultValue = "90") int days, @RequestParam(required = false) String industry,
            HttpServletResponse response) throws IOException {
        Actor actor = current.get();
        Instant since = since(days);
        Map<String, String> names = names();
        Map<String, String> industryNames = industryNames();
        List<Checklists.Checklist> lists = checklists.lists(actor.jurisdictionPaths(), since, industry);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"checklists.xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
            Sheet summary = book.createSheet(text("triage.checklists.sheet.lists"));
            row(summary, 0, text("triage.category"), text("triage.checklists.place"), text("triage.checklists.items"),
                    text("triage.checklists.closed"), text("triage.checklists.progress"),
                    text("triage.checklists.industry"));
            Sheet detail = book.createSheet(text("triage.checklists.sheet.items"));
            row(detail, 0, text("triage.category"), text("triage.checklists.place"), text("triage.checklists.number"),
                    text("triage.checklists.caseTitle"), text("triage.checklists.state"),
                    text("triage.checklists.submitted"), text("triage.checklists.closedAt"),
                    text("triage.checklists.industry"));
            int s = 1;
            int d = 1;
            for (Checklists.Checklist l : lists) {
                String place = names.getOrDefault(l.place(), l.place());
                String trade = industryNames.getOrDefault(l.industry(), l.industry());
                row(summary, s++, l.category(), place, l.items(), l.closed(), l.percent() + "%", trade);
                for (Checklists.Item i : checklists.items(actor.jurisdictionPaths(), since, l.category(), l.industry(),
                        l.place())) {
                    row(detail, d++, l.category(), place, i.number(), i.title(),
                            text(i.open() ? "triage.checklists.open" : "triage.checklists.done"),
                            DAY.format(i.submittedAt()), i.closedAt() == null ? "" : DAY.format(i.closedAt()), trade);
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    /** The hotspot panel (htmx fragment) for the dispatcher's pages. */
    @GetMapping("/triage/hotspots")
    String hotspots(Model model) {
        Actor actor = current.get();
        Instant now = Instant.now();
        model.addAttribute("categories", hotspots.categories(actor.jurisdictionPaths(), now));
        model.addAttribute("places", hotspots.places(actor.jurisdictionPaths(), now));
        model.addAttribute("names", names());
        return "triage/hotspots :: hotspots";
    }

    private static Instant since(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput("days", "triage.error.days", MAX_DAYS);
        }
        return Instant.now().minus(Duration.ofDays(days));
    }

    private Map<String, String> names() {
        return jurisdictions.all().stream().collect(Collectors.toMap(Jurisdiction::path, Jurisdiction::name,
                (a, b) -> a));
    }

    /** Industry code to name; the empty code (no registered enterprise) gets its own label. */
    private Map<String, String> industryNames() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("", text("triage.checklists.noIndustry"));
        industries.all().forEach(i -> out.put(i.code(), i.name()));
        return out;
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(values[i] == null ? "" : values[i].toString());
            }
        }
    }
}
