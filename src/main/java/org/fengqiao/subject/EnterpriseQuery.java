package org.fengqiao.subject;

/**
 * A search of the registry. Blank filters are ignored; {@code jurisdiction} is a jurisdiction path prefix.
 *
 * @param sort one of {@link Sort}
 */
public record EnterpriseQuery(String text, String industry, String jurisdictionPath, CreditStatus creditStatus,
        Sort sort, int page, int size) {

    /** The orders a list can be shown in. */
    public enum Sort { NAME, CREDIT_CODE, INDUSTRY, UPDATED }

    public static final int MAX_SIZE = 200;

    public EnterpriseQuery {
        sort = sort == null ? Sort.NAME : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        text = blankToNull(text);
        industry = blankToNull(industry);
        jurisdictionPath = blankToNull(jurisdictionPath);
    }

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, Sort.NAME, 0, 20);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
