package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Deadline arithmetic with pauses and extensions, on a calendar whose working days are Monday to Friday. */
class DeadlineClockProperties {

    /** Clock units as they are; working days skip weekends; working hours counted as clock minutes. */
    static final WorkTime WEEKDAYS = new WorkTime() {
        @Override
        public Instant add(Instant start, Limit.Unit unit, long grains, UUID unitId) {
            if (!unit.countsDays()) {
                return start.plus(Duration.ofMinutes(grains));
            }
            LocalDate d = start.atZone(ZoneOffset.UTC).toLocalDate();
            for (long left = grains; left > 0; ) {
                d = d.plusDays(1);
                if (working(d)) {
                    left--;
                }
            }
            return d.atTime(start.atZone(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        }

        @Override
        public long grainsBetween(Instant from, Instant to, Limit.Unit unit, UUID unitId) {
            if (!to.isAfter(from)) {
                return 0;
            }
            if (!unit.countsDays()) {
                return Duration.between(from, to).toMinutes();
            }
            long n = 0;
            for (LocalDate d = from.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
                    !d.isAfter(to.atZone(ZoneOffset.UTC).toLocalDate()); d = d.plusDays(1)) {
                n += working(d) ? 1 : 0;
            }
            return n;
        }

        private static boolean working(LocalDate d) {
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    };

    static final Instant BASE = Instant.parse("2026-03-02T02:00:00Z");

    @Provide
    Arbitrary<Instant> starts() {
        return Arbitraries.longs().between(0, 60L * 24 * 200).map(m -> BASE.plus(Duration.ofMinutes(m)));
    }

    @Provide
    Arbitrary<Limit> limits() {
        return Arbitraries.integers().between(1, 30).flatMap(a -> Arbitraries.of(Limit.Unit.class)
                .map(u -> new Limit(a, u)));
    }

    @Property
    void withoutPausesOrExtensionsTheDueTimeIsTheLimitAfterTheStart(@ForAll("starts") Instant start,
            @ForAll("limits") Limit limit) {
        Instant due = DeadlineClock.due(start, limit, List.of(), 0, start, null, WEEKDAYS);
        assertThat(due).isEqualTo(WEEKDAYS.add(start, limit.unit(), limit.grains(), null));
        assertThat(due).isAfter(start);
    }

    @Property
    void aClockPauseMovesTheDueTimeByExactlyItsLength(@ForAll("starts") Instant start,
            @ForAll @IntRange(min = 1, max = 600) int hours, @ForAll @IntRange(min = 0, max = 5000) int after,
            @ForAll @IntRange(min = 1, max = 5000) int length) {
        Limit limit = new Limit(hours, Limit.Unit.CLOCK_HOURS);
        Instant from = start.plus(Duration.ofMinutes(after));
        var pause = new DeadlineClock.Pause(from, from.plus(Duration.ofMinutes(length)), "鉴定");
        Instant plain = DeadlineClock.due(start, limit, List.of(), 0, start, null, WEEKDAYS);
        Instant paused = DeadlineClock.due(start, limit, List.of(pause), 0, start, null, WEEKDAYS);
        assertThat(Duration.between(plain, paused)).isEqualTo(Duration.ofMinutes(length));
    }

    @Property
    void pausesAndExtensionsNeverMakeTheDueTimeEarlier(@ForAll("starts") Instant start, @ForAll("limits") Limit limit,
            @ForAll @IntRange(min = 0, max = 20_000) int after, @ForAll @IntRange(min = 0, max = 20_000) int length,
            @ForAll @IntRange(min = 0, max = 10) int extension) {
        Instant from = start.plus(Duration.ofMinutes(after));
        var pause = new DeadlineClock.Pause(from, from.plus(Duration.ofMinutes(length)), "等待鉴定");
        Instant plain = DeadlineClock.due(start, limit, List.of(), 0, start, null, WEEKDAYS);
        Instant paused = DeadlineClock.due(start, limit, List.of(pause), 0, start, null, WEEKDAYS);
        Instant both = DeadlineClock.due(start, limit, List.of(pause), extension, start, null, WEEKDAYS);
        assertThat(paused).isAfterOrEqualTo(plain);
        assertThat(both).isAfterOrEqualTo(paused);
    }

    @Property
    void anExtensionOfNAddsExactlyNAmountsOfTheLimit(@ForAll("starts") Instant start, @ForAll("limits") Limit limit,
            @ForAll @IntRange(min = 1, max = 10) int extension) {
        Instant extended = DeadlineClock.due(start, limit, List.of(), extension, start, null, WEEKDAYS);
        Limit longer = new Limit(limit.amount() + extension, limit.unit());
        assertThat(extended).isEqualTo(DeadlineClock.due(start, longer, List.of(), 0, start, null, WEEKDAYS));
    }

    @Property
    void workingDayDeadlinesNeverFallOnAWeekend(@ForAll("starts") Instant start,
            @ForAll @IntRange(min = 1, max = 15) int days, @ForAll @IntRange(min = 0, max = 20_000) int after,
            @ForAll @IntRange(min = 0, max = 20_000) int length) {
        Instant from = start.plus(Duration.ofMinutes(after));
        var pause = new DeadlineClock.Pause(from, from.plus(Duration.ofMinutes(length)), "r");
        Instant due = DeadlineClock.due(start, new Limit(days, Limit.Unit.WORKING_DAYS), List.of(pause), 0, start,
                null, WEEKDAYS);
        assertThat(due.atZone(ZoneOffset.UTC).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Property
    void aPauseBeforeTheStartDoesNotCount(@ForAll("starts") Instant start, @ForAll("limits") Limit limit,
            @ForAll @IntRange(min = 1, max = 5000) int length) {
        var before = new DeadlineClock.Pause(start.minus(Duration.ofMinutes(length)), start, "earlier");
        assertThat(DeadlineClock.due(start, limit, List.of(before), 0, start, null, WEEKDAYS))
                .isEqualTo(DeadlineClock.due(start, limit, List.of(), 0, start, null, WEEKDAYS));
    }

    @Property
    void aRunningPauseKeepsPushingTheDueTimeUntilItEnds(@ForAll("starts") Instant start,
            @ForAll @IntRange(min = 1, max = 48) int hours, @ForAll @IntRange(min = 1, max = 5000) int running) {
        Limit limit = new Limit(hours, Limit.Unit.CLOCK_HOURS);
        var open = new DeadlineClock.Pause(start, null, "r");
        Instant now = start.plus(Duration.ofMinutes(running));
        assertThat(DeadlineClock.due(start, limit, List.of(open), 0, now, null, WEEKDAYS))
                .isEqualTo(start.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(running)));
    }

    @Property
    void theClockTurnsYellowAtEightyPercentOfTheTimeToDue(@ForAll("starts") Instant start,
            @ForAll @IntRange(min = 1, max = 100_000) int minutes) {
        Instant due = start.plus(Duration.ofMinutes(minutes));
        Instant warn = DeadlineClock.warnAt(start, due);
        assertThat(warn).isBetween(start, due);
        assertThat(Duration.between(start, warn).toMillis()).isEqualTo((long) (minutes * 60_000L * 0.8));
    }
}
