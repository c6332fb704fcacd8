package org.fengqiao.insight;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The cases behind a dashboard figure as CSV (UTF-8 with BOM, for Excel), streamed a chunk at a time. It carries
 * what the drill-down list shows — number, day, category, channel, status, closure, due time, lead unit — and no
 * reporter, title or description: statistics readers include roles that may not see personal data, and the case
 * page, which applies casework's own access rules, is where a case's people are.
 */
@Component
class CaseExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CaseFact.ZONE);

    private final DrillDown drillDown;
    private final Units units;
    private final MessageSource messages;

    CaseExport(DrillDown drillDown, Units units, MessageSource messages) {
        this.drillDown = drillDown;
        this.units = units;
        this.messages = messages;
    }

    void csv(Jurisdiction place, Unit unit, Period period, DrillDown.Filter filter, HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + place.code()
                + (unit == null ? "" : "-" + unit.code()) + "-" + period.from() + "-" + period.to() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        row(out, List.of("number", "day", "category", "channel", "status", "closure", "due", "unit").stream()
                .map(k -> messages.getMessage("insight.export.col." + k, null, locale)).toList());
        Function<String, String> label = key -> key == null ? "" : messages.getMessage(key, null, key, locale);
        drillDown.each(place, unit, period, filter, lines -> lines.forEach(l -> row(out, List.of(l.number(),
                l.day().toString(), label.apply("casework.category." + l.category()),
                label.apply("casework.channel." + l.channel()), label.apply("casework.status." + l.status()),
                l.closureKind() == null ? "" : label.apply("casework.closure." + l.closureKind()),
                l.dueAt() == null ? "" : TIME.format(l.dueAt()),
                l.leadUnitId() == null ? "" : unitNames.getOrDefault(l.leadUnitId(), "")))));
        out.flush();
    }

    private static void row(Writer out, List<String> cells) {
        try {
            out.write(cells.stream().map(CaseExport::quote).collect(Collectors.joining(",")) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a cell; a leading = + - @ is defused so that spreadsheets do not run it as a formula. */
    private static String quote(String cell) {
        String v = cell == null ? "" : cell;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
