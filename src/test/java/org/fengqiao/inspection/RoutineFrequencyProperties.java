package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The arithmetic of routine frequencies and of risk scores. */
class RoutineFrequencyProperties {

    @Property
    void aFirmInspectedAtTheFrequencyIsVisitedTimesPerYearAndNeverMore(@ForAll @IntRange(min = 1, max = 12) int times) {
        int interval = RoutineFrequency.intervalDays(times);
        assertThat(365 / interval).isGreaterThanOrEqualTo(times);
        assertThat(366 / interval).isLessThanOrEqualTo(times + 1);
    }

    @Property
    void theNextDueDateIsNeverInThePastAndAtMostOneIntervalAway(@ForAll @IntRange(min = 1, max = 12) int times,
            @ForAll @IntRange(min = -800, max = 0) int lastDaysAgo, @ForAll boolean neverInspected,
            @ForAll long a, @ForAll long b) {
        LocalDate today = LocalDate.of(2026, 11, 25);
        UUID firm = new UUID(a, b);
        UUID unit = new UUID(b, a);
        LocalDate last = neverInspected ? null : today.plusDays(lastDaysAgo);
        LocalDate due = RoutineFrequency.nextDue(times, last, firm, unit, today);
        assertThat(due).isAfterOrEqualTo(today);
        assertThat(ChronoUnit.DAYS.between(today, due)).isLessThanOrEqualTo(RoutineFrequency.intervalDays(times));
    }

    @Property
    void moreOrWorseFindingsNeverLowerTheRiskScoreAndTheGradeFollowsTheScore(
            @ForAll @IntRange(min = 0, max = 10) int minor, @ForAll @IntRange(min = 0, max = 10) int severe,
            @ForAll @IntRange(min = 0, max = 5) int triggered, @ForAll boolean dishonest) {
        String credit = dishonest ? "DISHONEST" : "GOOD";
        RiskScoring.Assessment base = RiskScoring.assess(new RiskScoring.Evidence("CATERING", credit, triggered, minor,
                severe, 100));
        RiskScoring.Assessment more = RiskScoring.assess(new RiskScoring.Evidence("CATERING", credit, triggered,
                minor + 1, severe + 1, 100));
        assertThat(more.score()).isGreaterThanOrEqualTo(base.score());
        assertThat(base.score()).isEqualTo(base.reasons().stream().mapToInt(RiskScoring.Reason::points).sum());
        assertThat(base.grade()).isEqualTo(base.score() >= RiskScoring.A_FROM ? RiskGrade.A
                : base.score() >= RiskScoring.B_FROM ? RiskGrade.B : RiskGrade.C);
    }
}
