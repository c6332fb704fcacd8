package org.fengqiao.org.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year's notice as an administrator pastes it: one line per date or range, the kind last, e.g.
 * {@code 2026-10-01..2026-10-07 国庆节 休} or {@code 2026-10-10 上班}, or the same as CSV
 * ({@code 2026-10-01,2026-10-07,国庆节,休}). Every bad line is reported with its number; nothing is guessed.
 */
public final class NoticeParser {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*(?:\\.\\.|~|～|至|—)\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Set<String> HOLIDAY = Set.of("休", "放假", "休息", "假", "holiday", "off", "rest");
    private static final Set<String> WORKDAY = Set.of("上班", "班", "补班", "work", "workday");
    private static final Set<String> HEADERS = Set.of("date", "start", "from", "日期", "开始日期", "开始");
    private static final int LONGEST_HOLIDAY = 31;

    private NoticeParser() {
    }

    public static NoticePreview parse(int year, String text) {
        List<NoticeEntry> entries = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> tokens = tokens(line);
            if (first && HEADERS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
                first = false;
                continue;
            }
            first = false;
            parseLine(year, no, line, tokens, entries, errors, seen);
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, "", "calendar.import.empty", 0));
        }
        return new NoticePreview(year, entries, errors);
    }

    private static void parseLine(int year, int no, String line, List<String> tokens, List<NoticeEntry> entries,
            List<LineError> errors, Map<LocalDate, Integer> seen) {
        if (tokens.size() < 2) {
            errors.add(new LineError(no, line, "calendar.import.tooShort", 0));
            return;
        }
        Matcher m = RANGE.matcher(tokens.get(0));
        if (!m.matches()) {
            errors.add(new LineError(no, line, "calendar.import.badDate", 0));
            return;
        }
        String startText = m.group(1);
        String endText = m.group(2);
        int nameFrom = 1;
        if (endText == null && tokens.size() > 2 && DATE_SHAPE.matcher(tokens.get(1)).matches()) {
            endText = tokens.get(1);
            nameFrom = 2;
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(startText, DATE);
            end = endText == null ? start : LocalDate.parse(endText, DATE);
        } catch (DateTimeParseException e) {
            errors.add(new LineError(no, line, "calendar.import.badDate", 0));
            return;
        }
        DayKind kind = kind(tokens.get(tokens.size() - 1));
        if (kind == null) {
            errors.add(new LineError(no, line, "calendar.import.badKind", 0));
            return;
        }
        if (end.isBefore(start)) {
            errors.add(new LineError(no, line, "calendar.import.inverted", 0));
            return;
        }
        if (start.getYear() != year || end.getYear() != year) {
            errors.add(new LineError(no, line, "calendar.import.otherYear", year));
            return;
        }
        if (ChronoUnit.DAYS.between(start, end) >= LONGEST_HOLIDAY) {
            errors.add(new LineError(no, line, "calendar.import.tooLong", LONGEST_HOLIDAY));
            return;
        }
        String name = String.join(" ", tokens.subList(nameFrom, tokens.size() - 1)).strip();
        List<NoticeEntry> lineEntries = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (kind == DayKind.WORKDAY && d.getDayOfWeek() != DayOfWeek.SATURDAY
                    && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(new LineError(no, line, "calendar.import.notWeekend", 0));
                return;
            }
            Integer earlier = seen.get(d);
            if (earlier != null) {
                errors.add(new LineError(no, line, "calendar.import.duplicate", earlier));
                return;
            }
            lineEntries.add(new NoticeEntry(d, kind, name.isEmpty() ? defaultName(kind) : name, no));
        }
        lineEntries.forEach(e -> seen.put(e.day(), no));
        entries.addAll(lineEntries);
    }

    private static String defaultName(DayKind kind) {
        return kind == DayKind.HOLIDAY ? "休假" : "调休上班";
    }

    private static List<String> tokens(String line) {
        String normalised = line.replace('，', ',');
        String[] parts = normalised.contains(",") ? normalised.split(",") : normalised.split("\\s+");
        return Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static DayKind kind(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (HOLIDAY.contains(t)) {
            return DayKind.HOLIDAY;
        }
        return WORKDAY.contains(t) ? DayKind.WORKDAY : null;
    }
}
