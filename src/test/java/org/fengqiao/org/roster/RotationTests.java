package org.fengqiao.org.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class RotationTests {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final UUID OUTSIDER = UUID.randomUUID();
    static final Set<UUID> UNIT = Set.of(A, B, C);
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    final Rotation weekly = Rotation.of(List.of(A, B, C), 7, MONDAY, List.of(), UNIT);

    @Test
    void peopleTakeWeeklyTurnsInOrderAndStartAgain() {
        assertThat(weekly.on(MONDAY).orElseThrow().personId()).isEqualTo(A);
        assertThat(weekly.on(MONDAY.plusDays(6)).orElseThrow().personId()).isEqualTo(A);
        assertThat(weekly.on(MONDAY.plusDays(7)).orElseThrow().personId()).isEqualTo(B);
        assertThat(weekly.on(MONDAY.plusDays(14)).orElseThrow().personId()).isEqualTo(C);
        Shift fourth = weekly.on(MONDAY.plusDays(23)).orElseThrow();
        assertThat(fourth.personId()).isEqualTo(A);
        assertThat(fourth.from()).isEqualTo(MONDAY.plusDays(21));
        assertThat(fourth.until()).isEqualTo(MONDAY.plusDays(27));
    }

    @Test
    void nobodyIsOnDutyBeforeTheRotationStarts() {
        assertThat(weekly.on(MONDAY.minusDays(1))).isEmpty();
    }

    @Test
    void aSwapHandsItsDatesToAnotherPersonAndOnlyThose() {
        Rotation swapped = weekly.withSwap(new Swap(UUID.randomUUID(), MONDAY.plusDays(2), MONDAY.plusDays(3), C,
                "出差"), UNIT);
        assertThat(swapped.on(MONDAY.plusDays(1)).orElseThrow().personId()).isEqualTo(A);
        Shift s = swapped.on(MONDAY.plusDays(3)).orElseThrow();
        assertThat(s.personId()).isEqualTo(C);
        assertThat(s.swapped()).isTrue();
        assertThat(swapped.on(MONDAY.plusDays(4)).orElseThrow().personId()).isEqualTo(A);
    }

    @Test
    void overlappingSwapsAreRefusedNamingTheStart() {
        Rotation swapped = weekly.withSwap(new Swap(UUID.randomUUID(), MONDAY, MONDAY.plusDays(3), C, "病假"), UNIT);
        assertThatThrownBy(() -> swapped.withSwap(new Swap(UUID.randomUUID(), MONDAY.plusDays(3), MONDAY.plusDays(5),
                B, "培训"), UNIT)).isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("startsOn");
    }

    @Test
    void invertedSwapsOutsidersAndMissingReasonsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> weekly.withSwap(new Swap(UUID.randomUUID(), MONDAY.plusDays(3), MONDAY, B, "x"),
                UNIT)).extracting("field").isEqualTo("endsOn");
        assertThatThrownBy(() -> weekly.withSwap(new Swap(UUID.randomUUID(), MONDAY, MONDAY, OUTSIDER, "x"), UNIT))
                .extracting("field").isEqualTo("personId");
        assertThatThrownBy(() -> weekly.withSwap(new Swap(UUID.randomUUID(), MONDAY, MONDAY, B, " "), UNIT))
                .extracting("field").isEqualTo("reason");
    }

    @Test
    void rotationsNeedDistinctPeopleOfTheUnitAndASensiblePeriod() {
        assertThatThrownBy(() -> Rotation.of(List.of(A, OUTSIDER), 7, MONDAY, List.of(), UNIT))
                .extracting("field").isEqualTo("members");
        assertThatThrownBy(() -> Rotation.of(List.of(A, A), 7, MONDAY, List.of(), UNIT))
                .extracting("field").isEqualTo("members");
        assertThatThrownBy(() -> Rotation.of(List.of(), 7, MONDAY, List.of(), UNIT))
                .extracting("field").isEqualTo("members");
        assertThatThrownBy(() -> Rotation.of(List.of(A), 0, MONDAY, List.of(), UNIT))
                .extracting("field").isEqualTo("periodDays");
    }

    @Test
    void upcomingTurnsFollowEachOtherWithoutGaps() {
        List<Shift> turns = weekly.upcoming(MONDAY.plusDays(10), 5);
        assertThat(turns).hasSize(5);
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i).from()).isEqualTo(turns.get(i - 1).until().plusDays(1));
        }
    }
}
