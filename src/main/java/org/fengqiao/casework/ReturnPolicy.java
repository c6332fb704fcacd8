package org.fengqiao.casework;

import org.springframework.stereotype.Component;

/**
 * Against cases bounced between units (工单在天上飞): a unit may return a case at most {@code maxReturns} times,
 * and not at all once the dispatcher has ruled that the assignment stands.
 */
@Component
class ReturnPolicy {

    private final int maxReturns;

    @org.springframework.beans.factory.annotation.Autowired
    ReturnPolicy(CaseworkSettings settings) {
        this(settings.maxReturns());
    }

    ReturnPolicy(int maxReturns) {
        this.maxReturns = maxReturns;
    }

    /** Refuses with the reason; returns normally when a return is still allowed. */
    void check(int returnsSoFar, boolean ruled) {
        if (ruled) {
            throw new CaseRuleBroken("casework.error.ruled", "reason");
        }
        if (returnsSoFar >= maxReturns) {
            throw new CaseRuleBroken("casework.error.returnsExhausted", "reason", maxReturns);
        }
    }

    boolean allows(int returnsSoFar, boolean ruled) {
        return !ruled && returnsSoFar < maxReturns;
    }

    int maxReturns() {
        return maxReturns;
    }
}
