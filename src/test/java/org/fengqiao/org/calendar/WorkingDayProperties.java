package org.fengqiao.org.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fengqiao.shared.InvalidInput;

/** Working-day arithmetic on the State Council notices for 2025 and 2026 (as shipped in V5_0). */
class WorkingDayProperties {

    static final String NOTICE_2025 = """
            2025-01-01 元旦 休
            2025-01-28..2025-02-04 春节 休
            2025-01-26 春节 上班
            2025-02-08 春节 上班
            2025-04-04..2025-04-06 清明节 休
            2025-05-01..2025-05-05 劳动节 休
            2025-04-27 劳动节 上班
            2025-05-31..2025-06-02 端午节 休
            2025-10-01..2025-10-08 国庆节、中秋节 休
            2025-09-28 国庆节、中秋节 上班
            2025-10-11 国庆节、中秋节 上班
            """;
    static final String NOTICE_2026 = """
            2026-01-01..2026-01-03 元旦 休
            2026-01-04 元旦 上班
            2026-02-15..2026-02-23 春节 休
            2026-02-14 春节 上班
            2026-02-28 春节 上班
            2026-04-04..2026-04-06 清明节 休
            2026-05-01..2026-05-05 劳动节 休
            2026-05-09 劳动节 上班
            2026-06-19..2026-06-21 端午节 休
            2026-09-25..2026-09-27 中秋节 休
            2026-10-01..2026-10-07 国庆节 休
            2026-09-20 国庆节 上班
            2026-10-10 国庆节 上班
            """;

    static final Map<LocalDate, DayKind> OFFICIAL = officialDays();
    static final DayTable TABLE = new DayTable(OFFICIAL, new TreeSet<>(java.util.List.of(2025, 2026)), false);
    static final OfficeHours HOURS = OfficeHours.parse("08:30-12:00, 13:30-17:30");

    static Map<LocalDate, DayKind> officialDays() {
        var a = NoticeParser.parse(2025, NOTICE_2025);
        var b = NoticeParser.parse(2026, NOTICE_2026);
        assertThat(a.errors()).isEmpty();
        assertThat(b.errors()).isEmpty();
        return java.util.stream.Stream.concat(a.entries().stream(), b.entries().stream())
                .collect(Collectors.toMap(NoticeEntry::day, NoticeEntry::kind));
    }

    @Example
    void threeWorkingDaysAfterTheEveOfNationalDay2026IsTheMakeUpSaturday() {
        assertThat(TABLE.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Example
    void springFestival2025SkipsEightDaysAndCountsTheMakeUpSunday() {
        assertThat(TABLE.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 1, 26));
        assertThat(TABLE.addWorkingDays(LocalDate.of(2025, 1, 27), 1)).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(TABLE.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
    }

    @Example
    void theNoticesHoldThirteenAndNineteenHolidayDates() {
        assertThat(OFFICIAL.entrySet().stream().filter(e -> e.getKey().getYear() == 2025
                && e.getValue() == DayKind.HOLIDAY)).hasSize(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(OFFICIAL.entrySet().stream().filter(e -> e.getKey().getYear() == 2026
                && e.getValue() == DayKind.WORKDAY)).hasSize(6);
    }

    @Example
    void datesOutsideTheKnownYearsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> TABLE.addWorkingDays(LocalDate.of(2027, 3, 1), 1)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> TABLE.addWorkingDays(LocalDate.of(2026, 12, 30), 5)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("days");
        assertThatThrownBy(() -> TABLE.addWorkingDays(LocalDate.of(2026, 1, 5), -1)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("days");
    }

    @Example
    void weekendsOnlyFallbackCountsMondayToFridayWhenConfigured() {
        DayTable lenient = new DayTable(OFFICIAL, new TreeSet<>(java.util.List.of(2025, 2026)), true);
        assertThat(lenient.addWorkingDays(LocalDate.of(2027, 1, 8), 1)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Property
    void addingNThenMEqualsAddingNPlusM(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll @IntRange(min = 0, max = 60) int m) {
        assertThat(TABLE.addWorkingDays(TABLE.addWorkingDays(from, n), m)).isEqualTo(TABLE.addWorkingDays(from, n + m));
    }

    @Property
    void theResultIsAlwaysAWorkingDayAndNeverAHoliday(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 0, max = 120) int n) {
        LocalDate due = TABLE.addWorkingDays(from, n);
        assertThat(TABLE.isWorkingDay(due)).isTrue();
        assertThat(OFFICIAL.get(due)).isNotEqualTo(DayKind.HOLIDAY);
        if (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            assertThat(OFFICIAL.get(due)).isEqualTo(DayKind.WORKDAY);
        }
    }

    @Property
    void workingDaysBetweenInvertsAddWorkingDays(@ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 120) int n) {
        LocalDate due = TABLE.addWorkingDays(from, n);
        assertThat(TABLE.workingDaysBetween(from, due)).isEqualTo(n);
        assertThat(TABLE.workingDaysBetween(due, from)).isEqualTo(-n);
        assertThat(TABLE.workingDaysBetween(from, due.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void addingOneDayNeverSkipsAWorkingDay(@ForAll("dates") LocalDate from) {
        LocalDate next = TABLE.addWorkingDays(from, 1);
        for (LocalDate d = from.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
            assertThat(TABLE.isWorkingDay(d)).as("%s skipped", d).isFalse();
        }
    }

    @Property
    void makeUpWeekendDaysCount(@ForAll("makeUpDays") LocalDate makeUp) {
        assertThat(TABLE.isWorkingDay(makeUp)).isTrue();
        assertThat(TABLE.addWorkingDays(makeUp.minusDays(1), 1)).isEqualTo(makeUp);
    }

    @Property
    void officeTimeAddedIsOfficeTimeCounted(@ForAll("instants") LocalDateTime start,
            @ForAll @IntRange(min = 0, max = 60 * 40) int minutes) {
        LocalDateTime due = WorkingHours.add(TABLE, HOURS, start, Duration.ofMinutes(minutes));
        assertThat(WorkingHours.between(TABLE, HOURS, start, due)).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(TABLE.isWorkingDay(due.toLocalDate())).isTrue();
        assertThat(HOURS.ranges()).anySatisfy(r -> assertThat(due.toLocalTime()).isBetween(r.starts(), r.ends()));
    }

    @Example
    void twoOfficeHoursFromFridayAfternoonBeforeNationalDayEndOnTheThursdayAfter() {
        assertThat(WorkingHours.add(TABLE, HOURS, LocalDateTime.of(2026, 9, 30, 16, 30), Duration.ofHours(2)))
                .isEqualTo(LocalDateTime.of(2026, 10, 8, 9, 30));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 + 365 - 200).map(i -> LocalDate.of(2025, 1, 1).plusDays(i));
    }

    @Provide
    Arbitrary<LocalDate> makeUpDays() {
        return Arbitraries.of(OFFICIAL.entrySet().stream().filter(e -> e.getValue() == DayKind.WORKDAY)
                .map(Map.Entry::getKey).toList());
    }

    @Provide
    Arbitrary<LocalDateTime> instants() {
        return dates().flatMap(d -> Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> d.atStartOfDay().plusMinutes(m)));
    }
}
