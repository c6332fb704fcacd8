package org.fengqiao.casework;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.UnitKind;
import org.fengqiao.shared.InvalidInput;

/**
 * An escalation ladder (三哨三到) for a category: ordered rungs, each naming the party that must come when its whistle
 * blows and how long the stage before it may last. Rung 1's time counts from the case's assignment to its lead
 * unit; each later rung's from the previous whistle. When a stage's time has passed the reporter may blow the
 * whistle, and if nobody does a timer blows it.
 *
 * @param category a {@link Category} name, or {@code *} for every category without a ladder of its own
 */
record EscalationLadder(UUID id, String category, String name, List<Rung> rungs) {

    static final int MOST_RUNGS = 6;

    /** Who a rung calls: a fixed unit, the unit of a kind whose jurisdiction holds the case, or the lead unit. */
    enum PartyKind {
        UNIT, UNIT_KIND, LEAD
    }

    record Rung(int position, String label, PartyKind kind, UUID unitId, UnitKind unitKind, Limit stage) {

        Rung {
            if (label == null || label.isBlank() || label.length() > 100) {
                throw new InvalidInput("rungs[" + position + "].label", "casework.error.required");
            }
            if (kind == null) {
                throw new InvalidInput("rungs[" + position + "].kind", "casework.error.required");
            }
            if (kind == PartyKind.UNIT && unitId == null) {
                throw new InvalidInput("rungs[" + position + "].unit", "casework.escalation.partyUnit");
            }
            if (kind == PartyKind.UNIT_KIND && unitKind == null) {
                throw new InvalidInput("rungs[" + position + "].unitKind", "casework.escalation.partyKind");
            }
            if (stage == null) {
                throw new InvalidInput("rungs[" + position + "].stage", "casework.error.required");
            }
            label = label.strip();
        }
    }

    EscalationLadder {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", "casework.error.required");
        }
        if (rungs == null || rungs.isEmpty() || rungs.size() > MOST_RUNGS) {
            throw new InvalidInput("rungs", "casework.escalation.rungCount", MOST_RUNGS);
        }
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).position() != i + 1) {
                throw new InvalidInput("rungs", "casework.escalation.rungOrder");
            }
        }
        rungs = List.copyOf(rungs);
        name = name.strip();
    }

    /** The rung at a position (1-based), if the ladder has it. */
    java.util.Optional<Rung> rung(int position) {
        return position >= 1 && position <= rungs.size() ? java.util.Optional.of(rungs.get(position - 1))
                : java.util.Optional.empty();
    }
}
