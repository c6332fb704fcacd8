package org.fengqiao.casework;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The overdue ledger as CSV (UTF-8 with BOM, for Excel) and as .xlsx, inside the caller's scope. */
@Controller
@RequestMapping("/casework")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','AUDITOR','HEAD','HANDLER','OFFICER')")
class OverdueExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of(FengqiaoApplication.ZONE));
    private static final List<String> HEADER = List.of("编号", "标题", "牵头单位", "状态", "紧急程度", "快响", "期限",
            "逾期小时");

    private final OverdueLedger ledger;
    private final CurrentActor actors;

    OverdueExports(OverdueLedger ledger, CurrentActor actors) {
        this.ledger = ledger;
        this.actors = actors;
    }

    @GetMapping("/overdue.csv")
    void csv(@RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"overdue.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", HEADER) + "\r\n");
            for (OverdueLedger.Entry e : ledger.entries(actors.get(), Instant.now(), unit, 0, 0)) {
                out.write(String.join(",", cells(e).stream().map(OverdueExports::quote).toList()) + "\r\n");
            }
        }
    }

    @GetMapping("/overdue.xlsx")
    void xlsx(@RequestParam(required = false) String unit, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"overdue.xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
            Sheet sheet = book.createSheet("逾期台账");
            write(sheet.createRow(0), HEADER);
            int r = 1;
            for (OverdueLedger.Entry e : ledger.entries(actors.get(), Instant.now(), unit, 0, 0)) {
                write(sheet.createRow(r++), cells(e));
            }
            book.write(out);
            book.dispose();
        }
    }

    private static List<String> cells(OverdueLedger.Entry e) {
        return List.of(e.number(), e.title(), e.unitName(), e.status().name(), e.urgency().name(),
                e.fastTrack() ? "是" : "否", TIME.format(e.dueAt()), Long.toString(e.overdueHours()));
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    /** Quotes a CSV cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    private static String quote(String cell) {
        String v = cell == null ? "" : cell;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
