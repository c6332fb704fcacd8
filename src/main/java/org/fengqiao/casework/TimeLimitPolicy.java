package org.fengqiao.casework;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fengqiao.shared.InvalidInput;

/**
 * The time limits of one class of cases. {@code category} null means every category. {@code responses} says
 * explicitly which actions stop the first-reply clock (签收 alone is not a response to the reporter).
 */
public record TimeLimitPolicy(Category category, Urgency urgency, boolean fastTrack, Map<Phase, Limit> limits,
        Set<Action> responses) {

    /** Actions that may count as a response; the others never reach the reporter. */
    public static final Set<Action> RESPONSE_CANDIDATES = EnumSet.of(Action.ACKNOWLEDGE, Action.PROGRESS,
            Action.RESOLVE, Action.REPLY);

    public TimeLimitPolicy {
        if (urgency == null) {
            throw new InvalidInput("urgency", "casework.error.required");
        }
        limits = new EnumMap<>(limits);
        for (Phase p : Phase.values()) {
            if (limits.get(p) == null) {
                throw new InvalidInput(p.name(), "casework.error.required");
            }
        }
        if (responses == null || responses.isEmpty()) {
            throw new InvalidInput("responses", "casework.error.required");
        }
        if (!RESPONSE_CANDIDATES.containsAll(responses)) {
            throw new InvalidInput("responses", "casework.limit.responses");
        }
        responses = Set.copyOf(responses);
    }

    public Limit limit(Phase phase) {
        return limits.get(phase);
    }

    /** Why this policy applies, for the case page. */
    public String why() {
        return (category == null ? "*" : category.name()) + "/" + urgency + (fastTrack ? "/FAST" : "");
    }
}
