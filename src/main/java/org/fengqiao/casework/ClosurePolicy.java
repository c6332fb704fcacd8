package org.fengqiao.casework;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Names how a case closed without the reporter's confirmation: after a reply left unanswered past the verdict
 * limit it is {@link ClosureKind#NO_VERDICT}, otherwise the dispatcher's decision ({@link ClosureKind#BY_DISPATCHER}).
 */
@Component
class ClosurePolicy {

    private final CaseworkSettings settings;

    ClosurePolicy(CaseworkSettings settings) {
        this.settings = settings;
    }

    ClosureKind kindFor(CaseStatus status, Instant repliedAt, Instant now) {
        if (status == CaseStatus.REPLIED && repliedAt != null
                && !repliedAt.plus(settings.verdictWait()).isAfter(now)) {
            return ClosureKind.NO_VERDICT;
        }
        return ClosureKind.BY_DISPATCHER;
    }
}
