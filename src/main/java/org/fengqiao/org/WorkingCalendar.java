package org.fengqiao.org;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.calendar.CalendarDays;
import org.fengqiao.org.calendar.CalendarSettings;
import org.fengqiao.org.calendar.DayTable;
import org.fengqiao.org.calendar.OfficeHourRanges;
import org.fengqiao.org.calendar.WorkingHours;
import org.springframework.stereotype.Service;

/**
 * Working days and office hours as Chinese public holidays and make-up working days (调休) make them. Dates in a
 * year without a stored notice are refused with an {@link org.fengqiao.shared.InvalidInput} naming the input
 * ({@code from}, {@code to}, {@code days}), unless the weekends-only fallback is configured.
 */
@Service
public class WorkingCalendar {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    private record Loaded(DayTable table, Instant at) {
    }

    private final CalendarDays days;
    private final OfficeHourRanges hours;
    private final CalendarSettings settings;
    private final AtomicReference<Loaded> cache = new AtomicReference<>();
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkingCalendar.class);

    WorkingCalendar(CalendarDays days, OfficeHourRanges hours, CalendarSettings settings) {
        this.days = days;
        this.hours = hours;
        this.settings = settings;
    }

    public boolean isWorkingDay(LocalDate date) {
        return table().isWorkingDay(date);
    }

    /** The {@code n}-th working day after {@code from} (n ≥ 1); for 0, {@code from} or the next working day. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return table().addWorkingDays(from, n);
    }

    /** Working days in (from, to]; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return table().workingDaysBetween(from, to);
    }

    /** The instant when {@code amount} of the unit's office time has passed after {@code start}. */
    public Instant addWorkingHours(Instant start, Duration amount, UUID unitId) {
        return addWorkingHours(start.atZone(ZONE), amount, unitId).toInstant();
    }

    public ZonedDateTime addWorkingHours(ZonedDateTime start, Duration amount, UUID unitId) {
        ZonedDateTime local = start.withZoneSameInstant(ZONE);
        return WorkingHours.add(table(), hours.forUnit(unitId), local.toLocalDateTime(), amount).atZone(ZONE);
    }

    /** Office time of the unit between two instants. */
    public Duration workingTimeBetween(Instant from, Instant to, UUID unitId) {
        return WorkingHours.between(table(), hours.forUnit(unitId), from.atZone(ZONE).toLocalDateTime(),
                to.atZone(ZONE).toLocalDateTime());
    }

    /** Years whose notice is stored. */
    public SortedSet<Integer> years() {
        return table().years();
    }

    /**
     * This year and next year when their notice is not stored: dates in them count weekends only (or are refused
     * without the fallback). Each such year is logged once per process.
     */
    public List<Integer> yearsWithoutNotice(LocalDate today) {
        SortedSet<Integer> known = years();
        List<Integer> missing = java.util.stream.IntStream.rangeClosed(today.getYear(), today.getYear() + 1).boxed()
                .filter(y -> !known.contains(y)).toList();
        missing.stream().filter(warned::add).forEach(y -> log.warn("No holiday notice for {} is stored: its dates {}"
                + " until the State Council notice is imported at /calendar/import", y,
                settings.weekendsOnlyFallback() ? "count weekends only" : "are refused"));
        return missing;
    }

    /** Drops the cached calendar after an edit made here. */
    public void reload() {
        cache.set(null);
    }

    DayTable table() {
        Loaded l = cache.get();
        if (l == null || l.at().plus(settings.cacheFor()).isBefore(Instant.now())) {
            l = new Loaded(days.table(settings.weekendsOnlyFallback()), Instant.now());
            cache.set(l);
            yearsWithoutNotice(LocalDate.now(ZONE));
        }
        return l.table();
    }
}
