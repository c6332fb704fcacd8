package org.fengqiao.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rollup kept by deltas equals a direct count of the cases' final states, whatever the order of changes. */
class RollupProperties {

    private static final Instant DUE = Instant.parse("2026-11-20T00:00:00Z");

    /** One change: case number {@code which} (of a few) now stands in {@code state}. */
    record Change(int which, CaseFact state) {
    }

    @Property(tries = 300)
    void rollupKeptByDeltasEqualsTheDirectCount(@ForAll("changes") List<Change> changes) {
        Map<Integer, CaseFact> facts = new HashMap<>();
        Map<RollupKey, Measures> rollup = new HashMap<>();
        for (Change c : changes) {
            CaseFact before = facts.get(c.which());
            RollupDelta.between(before, c.state()).forEach((k, m) -> rollup.merge(k, m, Measures::plus));
            facts.put(c.which(), c.state());
        }
        Map<RollupKey, Measures> direct = new HashMap<>();
        facts.values().forEach(f -> direct.merge(f.key(), f.measures(), Measures::plus));
        rollup.values().removeIf(Measures::isZero);
        assertThat(rollup).isEqualTo(direct);
    }

    @Property(tries = 200)
    void aChangeToTheSameStateChangesNothing(@ForAll("facts") CaseFact f) {
        assertThat(RollupDelta.between(f, f)).isEmpty();
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), facts()).as(Change::new).list()
                .ofMaxSize(60);
    }

    @Provide
    Arbitrary<CaseFact> facts() {
        Arbitrary<String> status = Arbitraries.of("SUBMITTED", "ASSIGNED", "REPLIED", "CLOSED", "CANCELLED");
        Arbitrary<String> closure = Arbitraries.of("CONFIRMED", "NO_VERDICT", "BY_DISPATCHER").injectNull(0.5);
        Arbitrary<Boolean> satisfied = Arbitraries.of(true, false).injectNull(0.5);
        Arbitrary<Integer> score = Arbitraries.integers().between(1, 5).injectNull(0.5);
        Arbitrary<Instant> replied = Arbitraries.longs().between(-3, 3).map(d -> DUE.plusSeconds(d * 86400))
                .injectNull(0.4);
        Arbitrary<String> path = Arbitraries.of("/D01/T01/C01/", "/D01/T02/C03/");
        Arbitrary<String> category = Arbitraries.of("ENVIRONMENT", "TRANSPORT");
        Arbitrary<UUID> units = Arbitraries.of(UUID.nameUUIDFromBytes(new byte[] {3}),
                UUID.nameUUIDFromBytes(new byte[] {8})).injectNull(0.3);
        return Combinators.combine(status, closure, satisfied, score, replied, path, category, units)
                .as((s, c, sat, sc, r, p, cat, unit) -> new CaseFact(UUID.nameUUIDFromBytes(p.getBytes()), "N", LocalDate
                        .of(2026, 11, 1), p, cat, "PHONE", s, c, sat, sc, DUE, r, null, null, unit));
    }

}
