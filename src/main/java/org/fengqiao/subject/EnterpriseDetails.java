package org.fengqiao.subject;

import java.util.UUID;

/** What is recorded about an enterprise, already checked: the part an edit or an import changes. */
public record EnterpriseDetails(String name, CreditCode creditCode, String address, String industry,
        UUID jurisdictionId, String jurisdictionPath, Coordinates location, Contact contact,
        CreditStatus creditStatus) {
}
