package org.fengqiao.org.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fengqiao.shared.InvalidInput;

/** What a notice would change, shown before it is applied; applying is refused while any line is bad. */
public record NoticePreview(int year, List<NoticeEntry> entries, List<LineError> errors) {

    public NoticePreview {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public long holidays() {
        return entries.stream().filter(e -> e.kind() == DayKind.HOLIDAY).count();
    }

    public long workdays() {
        return entries.stream().filter(e -> e.kind() == DayKind.WORKDAY).count();
    }

    /** Refuses with the first bad line, named in the message and as the {@code notice} field. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            LineError e = errors.get(0);
            throw new InvalidInput("notice", e.messageKey(), e.args());
        }
    }

    /** The table this notice alone gives for its year (other years as given). */
    public DayTable asTable(Map<LocalDate, DayKind> otherYears, SortedSet<Integer> years) {
        Map<LocalDate, DayKind> all = new TreeMap<>(otherYears);
        all.keySet().removeIf(d -> d.getYear() == year);
        all.putAll(entries.stream().collect(Collectors.toMap(NoticeEntry::day, NoticeEntry::kind)));
        SortedSet<Integer> covered = new TreeSet<>(years);
        covered.add(year);
        return new DayTable(all, covered, false);
    }
}
