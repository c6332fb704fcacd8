package org.fengqiao.triage;

import java.util.List;

/**
 * What triage proposes for a case text.
 *
 * @param top          the three most likely categories, most likely first
 * @param autoRoute    whether the best category is sure enough to route the case without a dispatcher
 * @param threshold    the confidence a category needed to route automatically
 * @param modelVersion the model version that decided
 */
public record Suggestion(List<CategoryScore> top, boolean autoRoute, double threshold, int modelVersion) {

    public Suggestion {
        top = List.copyOf(top);
    }

    public CategoryScore best() {
        return top.get(0);
    }

    /** The case goes to the dispatcher's triage queue with {@link #top()} as choices. */
    public boolean needsPerson() {
        return !autoRoute;
    }
}
