package org.fengqiao.casework;

import java.util.stream.Collectors;

import org.fengqiao.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The action is not allowed in the case's current state; the message names the ones that are. */
public class IllegalTransition extends DomainException {

    public IllegalTransition(Action action, CaseStatus status) {
        super("casework.error.illegalTransition", "status", action.path(),
                new DefaultMessageSourceResolvable("casework.status." + status.name()),
                Lifecycle.allowedFrom(status).stream().filter(a -> a != Action.ATTACH && a != Action.ESCALATE).map(Action::path)
                        .collect(Collectors.joining(", ")));
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
