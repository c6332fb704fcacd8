package org.fengqiao.casework;

import java.util.List;

/**
 * Rebuilds a case's state from its history alone, checking every entry against the {@link Lifecycle}. Used to
 * prove that history and state never disagree.
 */
final class HistoryReplay {

    /** What the history says the case is. */
    record Replayed(CaseStatus status, int returnCount, ClosureKind closureKind, boolean ruled) {
    }

    private HistoryReplay() {
    }

    static Replayed replay(List<HistoryEntry> history) {
        CaseStatus status = null;
        int returns = 0;
        boolean ruled = false;
        ClosureKind closure = null;
        for (HistoryEntry e : history) {
            if (e.action() == Action.SUBMIT ? status != null : !Lifecycle.allows(status, e.action())) {
                throw new IllegalStateException("entry " + e.seq() + ": " + e.action() + " not allowed from " + status);
            }
            if (e.from() != status || !Lifecycle.targets(e.action(), status).contains(e.to())) {
                throw new IllegalStateException("entry " + e.seq() + " does not follow from " + status);
            }
            switch (e.action()) {
                case RETURN -> returns++;
                case RULE -> ruled = true;
                case CLOSE -> closure = ClosureKind.valueOf(e.detail().substring("closure=".length()));
                case VERDICT -> closure = e.to() == CaseStatus.CLOSED ? ClosureKind.CONFIRMED : null;
                case REOPEN -> closure = null;
                case MERGE -> closure = ClosureKind.MERGED;
                default -> { }
            }
            status = e.to();
        }
        return new Replayed(status, returns, closure, ruled);
    }
}
