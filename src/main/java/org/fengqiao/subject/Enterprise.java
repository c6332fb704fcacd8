package org.fengqiao.subject;

import java.time.Instant;
import java.util.UUID;

/**
 * An enterprise (企业) in the registry. Other modules read it through {@link Enterprises}; the contact phone is
 * given out through {@link Contact#phoneFor} so that masking is never forgotten.
 */
public record Enterprise(EnterpriseId id, EnterpriseDetails details, Instant updatedAt, long version) {

    public String name() {
        return details.name();
    }

    public CreditCode creditCode() {
        return details.creditCode();
    }

    public String jurisdictionPath() {
        return details.jurisdictionPath();
    }

    public UUID jurisdictionId() {
        return details.jurisdictionId();
    }

    public Contact contact() {
        return details.contact();
    }

    public CreditStatus creditStatus() {
        return details.creditStatus();
    }
}
