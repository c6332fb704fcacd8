package org.fengqiao.subject;

import java.util.Locale;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Component;

/** Reads the search filters that pages and the API take as text into an {@link EnterpriseQuery}. */
@Component
class EnterpriseSearchForm {

    private final Industries industries;
    private final Jurisdictions jurisdictions;

    EnterpriseSearchForm(Industries industries, Jurisdictions jurisdictions) {
        this.industries = industries;
        this.jurisdictions = jurisdictions;
    }

    EnterpriseQuery query(String q, String industry, String jurisdiction, String creditStatus, String sort, int page,
            int size) {
        String industryCode = blank(industry) ? null : industries.find(industry).map(Industry::code)
                .orElseThrow(() -> new InvalidInput("industry", "subject.error.industry", industry));
        String path = blank(jurisdiction) ? null : jurisdictions.findByCode(jurisdiction.trim())
                .map(Jurisdiction::path)
                .orElseThrow(() -> new InvalidInput("jurisdiction", "subject.error.jurisdiction", jurisdiction));
        CreditStatus status = blank(creditStatus) ? null : CreditStatus.parse(creditStatus)
                .orElseThrow(() -> new InvalidInput("creditStatus", "subject.error.creditStatus", creditStatus));
        EnterpriseQuery.Sort order;
        try {
            order = blank(sort) ? EnterpriseQuery.Sort.NAME
                    : EnterpriseQuery.Sort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("sort", "subject.error.sort", sort);
        }
        if (size < 1 || size > EnterpriseQuery.MAX_SIZE) {
            throw new InvalidInput("size", "subject.error.size", EnterpriseQuery.MAX_SIZE);
        }
        if (page < 0) {
            throw new InvalidInput("page", "subject.error.page");
        }
        return new EnterpriseQuery(q, industryCode, path, status, order, page, size);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
