package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The monthly and daily pieces of a period cover each of its days exactly once and nothing outside it. */
class TallyRangesProperties {

    @Property(tries = 2000)
    void monthsHeadAndTailCoverEveryDayOfThePeriodExactlyOnce(@ForAll @IntRange(min = 0, max = 3000) int start,
            @ForAll @IntRange(min = 0, max = 800) int length) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(start);
        Period period = new Period(from, from.plusDays(length));
        TallyRanges r = TallyRanges.of(period);
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (LocalDate d = r.head().from(); !d.isAfter(r.head().to()); d = d.plusDays(1)) {
            seen.merge(d, 1, Integer::sum);
        }
        for (LocalDate d = r.tail().from(); !d.isAfter(r.tail().to()); d = d.plusDays(1)) {
            seen.merge(d, 1, Integer::sum);
        }
        for (LocalDate m = r.months().from(); !m.isAfter(r.months().to()); m = m.plusMonths(1)) {
            assertThat(m.getDayOfMonth()).isEqualTo(1);
            for (LocalDate d = m; d.getMonth() == m.getMonth(); d = d.plusDays(1)) {
                seen.merge(d, 1, Integer::sum);
            }
        }
        assertThat(seen).hasSize(length + 1);
        assertThat(seen.values()).containsOnly(1);
        assertThat(seen.keySet()).allMatch(d -> !d.isBefore(period.from()) && !d.isAfter(period.to()));
    }
}
