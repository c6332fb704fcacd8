package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/** The date arithmetic of follow-ups: the first working day on or after close + offset, never earlier, in order. */
class FollowUpDatesProperties {

    @Property
    void eachFollowUpFallsOnTheFirstWorkingDayOnOrAfterItsOffset(@ForAll @IntRange(min = 0, max = 3000) int day,
            @ForAll @Size(min = 1, max = 5) @UniqueElements List<@IntRange(min = 1, max = 365) Integer> offsets,
            @ForAll @Size(max = 40) Set<@IntRange(min = 0, max = 3400) Integer> holidays) {
        LocalDate base = LocalDate.of(2024, 1, 1);
        LocalDate closedOn = base.plusDays(day);
        Predicate<LocalDate> working = d -> d.getDayOfWeek().getValue() < 6
                && !holidays.contains((int) (d.toEpochDay() - base.toEpochDay()));
        List<Integer> rising = offsets.stream().sorted().toList();

        List<LocalDate> due = new FollowUpPolicy(Category.OTHER, rising).dueDates(closedOn, working);

        assertThat(due).hasSize(rising.size());
        for (int i = 0; i < due.size(); i++) {
            LocalDate earliest = closedOn.plusDays(rising.get(i));
            assertThat(due.get(i)).isAfterOrEqualTo(earliest);
            assertThat(working.test(due.get(i))).isTrue();
            for (LocalDate d = earliest; d.isBefore(due.get(i)); d = d.plusDays(1)) {
                assertThat(working.test(d)).isFalse();
            }
            if (i > 0) {
                assertThat(due.get(i)).isAfterOrEqualTo(due.get(i - 1));
            }
        }
    }

    @Property
    void offsetsThatDoNotRiseAreRefused(@ForAll @IntRange(min = 1, max = 365) int a,
            @ForAll @IntRange(min = 1, max = 365) int b) {
        boolean accepted;
        try {
            new FollowUpPolicy(Category.OTHER, List.of(a, b));
            accepted = true;
        } catch (org.fengqiao.shared.InvalidInput e) {
            accepted = false;
        }
        assertThat(accepted).isEqualTo(b > a);
    }
}
