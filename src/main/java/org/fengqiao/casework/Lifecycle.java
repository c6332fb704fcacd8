package org.fengqiao.casework;

import static org.fengqiao.casework.CaseStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case state machine: from which states each action may be taken and where it leads. The aggregate asks
 * it before every change; the pages ask it which buttons to show.
 */
final class Lifecycle {

    private static final Set<CaseStatus> ACTIVE = EnumSet.of(ACCEPTED, ASSIGNED, RETURNED, ACKNOWLEDGED, IN_PROGRESS,
            RESOLVED, REPLIED);
    private static final Map<Action, Set<CaseStatus>> FROM = new EnumMap<>(Action.class);

    static {
        FROM.put(Action.SUBMIT, EnumSet.noneOf(CaseStatus.class));
        FROM.put(Action.ACCEPT, EnumSet.of(SUBMITTED));
        FROM.put(Action.REJECT, EnumSet.of(SUBMITTED));
        FROM.put(Action.ASSIGN, EnumSet.of(ACCEPTED, RETURNED));
        FROM.put(Action.RULE, EnumSet.of(RETURNED));
        FROM.put(Action.ACKNOWLEDGE, EnumSet.of(ASSIGNED));
        FROM.put(Action.RETURN, EnumSet.of(ASSIGNED, ACKNOWLEDGED));
        FROM.put(Action.PROGRESS, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS));
        FROM.put(Action.RESOLVE, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS));
        FROM.put(Action.REPLY, EnumSet.of(RESOLVED));
        FROM.put(Action.VERDICT, EnumSet.of(REPLIED));
        FROM.put(Action.CLOSE, EnumSet.copyOf(ACTIVE));
        Set<CaseStatus> cancellable = EnumSet.copyOf(ACTIVE);
        cancellable.add(SUBMITTED);
        cancellable.remove(REPLIED);
        FROM.put(Action.CANCEL, cancellable);
        FROM.put(Action.REOPEN, EnumSet.of(CLOSED));
        Set<CaseStatus> attachable = EnumSet.copyOf(ACTIVE);
        attachable.add(SUBMITTED);
        FROM.put(Action.ATTACH, attachable);
        Set<CaseStatus> open = EnumSet.copyOf(ACTIVE);
        open.add(SUBMITTED);
        FROM.put(Action.MERGE, open);
        FROM.put(Action.ABSORB, EnumSet.copyOf(open));
        FROM.put(Action.ESCALATE, EnumSet.of(ASSIGNED, RETURNED, ACKNOWLEDGED, IN_PROGRESS));
    }

    private Lifecycle() {
    }

    static boolean allows(CaseStatus status, Action action) {
        return FROM.get(action).contains(status);
    }

    /** The actions the state machine allows from this state, in lifecycle order. */
    static List<Action> allowedFrom(CaseStatus status) {
        return FROM.entrySet().stream().filter(e -> e.getValue().contains(status)).map(Map.Entry::getKey).toList();
    }

    /** The states an action may lead to (verdict and reopen depend on the case, hence a set). */
    static Set<CaseStatus> targets(Action action, CaseStatus from) {
        return switch (action) {
            case SUBMIT -> EnumSet.of(SUBMITTED);
            case ACCEPT -> EnumSet.of(ACCEPTED);
            case REJECT -> EnumSet.of(REJECTED);
            case ASSIGN, RULE -> EnumSet.of(ASSIGNED);
            case ACKNOWLEDGE -> EnumSet.of(ACKNOWLEDGED);
            case RETURN -> EnumSet.of(RETURNED);
            case PROGRESS -> EnumSet.of(IN_PROGRESS);
            case RESOLVE -> EnumSet.of(RESOLVED);
            case REPLY -> EnumSet.of(REPLIED);
            case VERDICT -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSE -> EnumSet.of(CLOSED);
            case CANCEL -> EnumSet.of(CANCELLED);
            case REOPEN -> EnumSet.of(IN_PROGRESS, ACCEPTED);
            case ATTACH, ABSORB, ESCALATE -> EnumSet.of(from);
            case MERGE -> EnumSet.of(CLOSED);
        };
    }
}
