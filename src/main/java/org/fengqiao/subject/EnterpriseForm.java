package org.fengqiao.subject;

/**
 * An enterprise as typed into a form or read from one spreadsheet row: raw text, checked by
 * {@link EnterpriseValidation}. Field names are the ones errors name.
 */
public record EnterpriseForm(String name, String creditCode, String address, String industry, String jurisdiction,
        String latitude, String longitude, String contactName, String contactPhone, String creditStatus) {

    public static final java.util.List<String> FIELDS = java.util.List.of("name", "creditCode", "address", "industry",
            "jurisdiction", "latitude", "longitude", "contactName", "contactPhone", "creditStatus");

    public static EnterpriseForm empty() {
        return new EnterpriseForm("", "", "", "", "", "", "", "", "", CreditStatus.GOOD.name());
    }

    /** The form showing what is recorded, for editing. */
    public static EnterpriseForm of(Enterprise e, String jurisdictionCode) {
        EnterpriseDetails d = e.details();
        return new EnterpriseForm(d.name(), d.creditCode().value(), d.address(), d.industry(), jurisdictionCode,
                d.location() == null ? "" : String.valueOf(d.location().latitude()),
                d.location() == null ? "" : String.valueOf(d.location().longitude()),
                d.contact() == null || d.contact().name() == null ? "" : d.contact().name(),
                d.contact() == null || d.contact().phone() == null ? "" : d.contact().phone().value(),
                d.creditStatus().name());
    }

    /** Builds a form from values keyed by field name; missing fields are null. */
    public static EnterpriseForm of(java.util.Map<String, String> v) {
        return new EnterpriseForm(v.get("name"), v.get("creditCode"), v.get("address"), v.get("industry"),
                v.get("jurisdiction"), v.get("latitude"), v.get("longitude"), v.get("contactName"),
                v.get("contactPhone"), v.get("creditStatus"));
    }
}
