package org.fengqiao.audit;

import org.fengqiao.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the trail: sign-ins (successful and failed) and every domain event that declares itself {@link Audited}.
 * Domain events are recorded before their transaction commits, so a change and its audit entry stand or fall
 * together.
 */
@Component
class AuditListeners {

    private final AuditTrail trail;

    AuditListeners(AuditTrail trail) {
        this.trail = trail;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(Audited event) {
        trail.record(event.auditActor(), event.auditAction(), event.auditSubjectType(), event.auditSubjectId(),
                event.auditDetail());
    }

    /** People signing in on the login page; stateless API calls authenticate on every request and are not sign-ins. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.record(event.getAuthentication().getName(), "sign-in", "person", event.getAuthentication().getName(),
                "");
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        trail.record(event.getAuthentication().getName(), "sign-in.failed", "person",
                event.getAuthentication().getName(), reason(event.getException()));
    }

    /** Why a sign-in was refused, in words of the trail rather than a class name shown on the audit page. */
    private static String reason(AuthenticationException e) {
        if (e instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        if (e instanceof LockedException) {
            return "locked";
        }
        return e instanceof DisabledException ? "disabled" : "refused";
    }
}
