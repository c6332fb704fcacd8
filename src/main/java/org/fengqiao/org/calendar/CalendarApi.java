package org.fengqiao.org.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.time.format.DateTimeParseException;

import org.fengqiao.shared.InvalidInput;

import org.fengqiao.org.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working-day arithmetic for other systems; any signed-in client may ask. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    private final WorkingCalendar calendar;
    private final CalendarDays days;

    CalendarApi(WorkingCalendar calendar, CalendarDays days) {
        this.calendar = calendar;
        this.days = days;
    }

    @GetMapping("/add-working-days")
    Map<String, Object> addWorkingDays(@RequestParam("from") String fromText, @RequestParam("days") String daysText) {
        LocalDate from = date(fromText, "from");
        int days = number(daysText, "days");
        LocalDate date = calendar.addWorkingDays(from, days);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("from", from);
        body.put("days", days);
        body.put("dayOfWeek", date.getDayOfWeek());
        body.put("calendarYears", calendar.years());
        body.put("weekendsOnlyYears", java.util.stream.Stream.of(from.getYear(), date.getYear()).distinct()
                .filter(y -> !calendar.years().contains(y)).toList());
        return body;
    }

    @GetMapping("/working-days-between")
    Map<String, Object> between(@RequestParam("from") String fromText, @RequestParam("to") String toText) {
        LocalDate from = date(fromText, "from");
        LocalDate to = date(toText, "to");
        return Map.of("from", from, "to", to, "workingDays", calendar.workingDaysBetween(from, to));
    }

    @GetMapping("/days/{date}")
    Map<String, Object> day(@PathVariable("date") String dateText) {
        LocalDate date = date(dateText, "date");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("workingDay", calendar.isWorkingDay(date));
        days.days(date.getYear()).stream().filter(d -> d.day().equals(date)).findFirst().ifPresent(d -> {
            body.put("kind", d.kind());
            body.put("name", d.name());
        });
        return body;
    }

    /** {@code from} with its offset, e.g. 2026-09-30T16:00+08:00; the answer is in China Standard Time. */
    @GetMapping("/add-working-hours")
    Map<String, Object> addWorkingHours(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam int minutes, @RequestParam(required = false) UUID unitId) {
        var due = calendar.addWorkingHours(from.toZonedDateTime(), Duration.ofMinutes(minutes), unitId);
        return Map.of("from", from, "minutes", minutes, "due", due.toOffsetDateTime());
    }

    /** Parsed here rather than by the binder so that a bad value is a 422 naming its field, like the rules. */
    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "calendar.badDate", text);
        }
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "calendar.badNumber", text);
        }
    }
}
