package org.fengqiao.org.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.fengqiao.shared.InvalidInput;

/** A unit's office hours: sorted, non-overlapping ranges that apply on every working day. */
public record OfficeHours(List<TimeRange> ranges) {

    public OfficeHours {
        if (ranges == null || ranges.isEmpty()) {
            throw new InvalidInput("ranges", "calendar.hours.empty");
        }
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::starts));
        for (int i = 0; i < sorted.size(); i++) {
            TimeRange r = sorted.get(i);
            if (!r.ends().isAfter(r.starts())) {
                throw new InvalidInput("ranges", "calendar.hours.inverted", r.toString());
            }
            if (i > 0 && r.starts().isBefore(sorted.get(i - 1).ends())) {
                throw new InvalidInput("ranges", "calendar.hours.overlap", sorted.get(i - 1).toString(), r.toString());
            }
        }
        ranges = List.copyOf(sorted);
    }

    /** Parses what an administrator typed: {@code 08:30-12:00, 13:30-17:30}. */
    public static OfficeHours parse(String text) {
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,，;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.split("[-–~～]");
            if (ends.length != 2) {
                throw new InvalidInput("ranges", "calendar.hours.format", part);
            }
            try {
                ranges.add(new TimeRange(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
            } catch (DateTimeParseException e) {
                throw new InvalidInput("ranges", "calendar.hours.format", part);
            }
        }
        return new OfficeHours(ranges);
    }

    private static String pad(String time) {
        String t = time.trim();
        return t.length() == 4 ? "0" + t : t;
    }

    @Override
    public String toString() {
        return ranges.stream().map(TimeRange::toString).collect(Collectors.joining(", "));
    }
}
