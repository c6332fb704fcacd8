package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The rules of one time-limit policy and of a phase's clock, each alone. */
class TimeLimitPolicyTests {

    static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    static Map<Phase, Limit> limits(int resolveDays) {
        Map<Phase, Limit> m = new EnumMap<>(Phase.class);
        m.put(Phase.ACCEPT, new Limit(4, Limit.Unit.WORKING_HOURS));
        m.put(Phase.ACKNOWLEDGE, new Limit(1, Limit.Unit.WORKING_DAYS));
        m.put(Phase.FIRST_REPLY, new Limit(3, Limit.Unit.WORKING_DAYS));
        m.put(Phase.RESOLVE, new Limit(resolveDays, Limit.Unit.WORKING_DAYS));
        return m;
    }

    @Test
    void aLimitMustBeAPositiveWholeAmount() {
        assertThatThrownBy(() -> new Limit(0, Limit.Unit.CLOCK_HOURS)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "amount");
        assertThatThrownBy(() -> new Limit(-3, Limit.Unit.WORKING_DAYS)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Limit(1001, Limit.Unit.WORKING_DAYS)).isInstanceOf(InvalidInput.class);
        assertThat(new Limit(2, Limit.Unit.CLOCK_HOURS).grains()).isEqualTo(120);
        assertThat(new Limit(7, Limit.Unit.WORKING_DAYS).grains()).isEqualTo(7);
    }

    @Test
    void aPolicyNeedsEveryPhaseAndOnlyResponseActionsThatReachTheReporter() {
        Map<Phase, Limit> missing = limits(7);
        missing.remove(Phase.FIRST_REPLY);
        assertThatThrownBy(() -> new TimeLimitPolicy(null, Urgency.GENERAL, false, missing, Set.of(Action.REPLY)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "FIRST_REPLY");
        assertThatThrownBy(() -> new TimeLimitPolicy(null, Urgency.GENERAL, false, limits(7), Set.of(Action.ASSIGN)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "responses");
        assertThatThrownBy(() -> new TimeLimitPolicy(null, Urgency.GENERAL, false, limits(7), Set.of()))
                .isInstanceOf(InvalidInput.class);
        TimeLimitPolicy p = new TimeLimitPolicy(Category.ENVIRONMENT, Urgency.COMPLEX, true, limits(15),
                Set.of(Action.PROGRESS, Action.REPLY));
        assertThat(p.why()).isEqualTo("ENVIRONMENT/COMPLEX/FAST");
        assertThat(p.limit(Phase.RESOLVE)).isEqualTo(new Limit(15, Limit.Unit.WORKING_DAYS));
    }

    private static PhaseClock clock(Instant now, Instant done, Instant stopped, boolean paused) {
        Instant due = START.plus(Duration.ofHours(10));
        return new PhaseClock(Phase.RESOLVE, new Limit(10, Limit.Unit.CLOCK_HOURS), START, due,
                DeadlineClock.warnAt(START, due), done, stopped, paused, now);
    }

    @Test
    void aPhaseIsYellowFromEightyPercentUsedAndRedPastDue() {
        assertThat(clock(START.plus(Duration.ofHours(7)), null, null, false).state()).isEqualTo(PhaseClock.State.RUNNING);
        assertThat(clock(START.plus(Duration.ofHours(8)), null, null, false).state()).isEqualTo(PhaseClock.State.YELLOW);
        PhaseClock late = clock(START.plus(Duration.ofHours(11)), null, null, false);
        assertThat(late.state()).isEqualTo(PhaseClock.State.RED);
        assertThat(late.remaining()).isEqualTo(Duration.ofHours(-1));
        assertThat(late.percentUsed()).isEqualTo(110);
    }

    @Test
    void aDonePhaseIsMetOrMissedByItsCompletionTimeAndHasNoCountdown() {
        PhaseClock met = clock(START.plus(Duration.ofDays(3)), START.plus(Duration.ofHours(9)), null, false);
        assertThat(met.state()).isEqualTo(PhaseClock.State.MET);
        assertThat(met.remaining()).isNull();
        assertThat(clock(START.plus(Duration.ofDays(3)), START.plus(Duration.ofHours(12)), null, false).state())
                .isEqualTo(PhaseClock.State.MISSED);
        assertThat(clock(START.plus(Duration.ofDays(3)), null, START.plus(Duration.ofHours(2)), false).state())
                .isEqualTo(PhaseClock.State.STOPPED);
        assertThat(clock(START.plus(Duration.ofHours(9)), null, null, true).state()).isEqualTo(PhaseClock.State.PAUSED);
    }

    @Test
    void listsShowRedYellowOrPausedOnlyWhileAClockRuns() {
        Instant due = START.plus(Duration.ofHours(10));
        Instant warn = DeadlineClock.warnAt(START, due);
        Instant late = START.plus(Duration.ofHours(11));
        assertThat(TimeLimits.clockBadge(CaseStatus.IN_PROGRESS, due, warn, false, late)).isEqualTo("red");
        assertThat(TimeLimits.clockBadge(CaseStatus.ASSIGNED, due, warn, false, START.plus(Duration.ofHours(9))))
                .isEqualTo("yellow");
        assertThat(TimeLimits.clockBadge(CaseStatus.ASSIGNED, due, warn, false, START)).isNull();
        assertThat(TimeLimits.clockBadge(CaseStatus.ACKNOWLEDGED, due, warn, true, late)).isEqualTo("paused");
        assertThat(TimeLimits.clockBadge(CaseStatus.RESOLVED, due, warn, false, late)).isNull();
        assertThat(TimeLimits.clockBadge(CaseStatus.CLOSED, due, warn, false, late)).isNull();
        assertThat(TimeLimits.clockBadge(CaseStatus.SUBMITTED, due, warn, false, late)).isEqualTo("red");
    }
}
