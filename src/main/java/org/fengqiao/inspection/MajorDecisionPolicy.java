package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which enforcement decisions are major (重大执法决定) and must be filed: every order to stop production or business
 * and every revoked licence, and fines or confiscations at or above the configured amount. Says why.
 */
@Component
class MajorDecisionPolicy {

    private final InspectionSettings settings;

    MajorDecisionPolicy(InspectionSettings settings) {
        this.settings = settings;
    }

    /** The message key naming why the decision is major, or empty when it is not. */
    Optional<String> reason(EnforcementDecision.Kind kind, BigDecimal fineYuan) {
        return switch (kind) {
            case SUSPENSION, LICENCE_REVOKED -> Optional.of("inspection.decision.major.kind");
            case FINE, CONFISCATION -> fineYuan.compareTo(BigDecimal.valueOf(settings.majorFineYuan())) >= 0
                    ? Optional.of("inspection.decision.major.amount") : Optional.empty();
            case WARNING -> Optional.empty();
        };
    }
}
