package org.fengqiao.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.shared.DomainException;
import org.fengqiao.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** Turns an {@link EnterpriseForm} into checked {@link EnterpriseDetails}, collecting every problem at once. */
@Component
class EnterpriseValidation {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int CONTACT_MAX = 100;

    private final Industries industries;
    private final Jurisdictions jurisdictions;

    EnterpriseValidation(Industries industries, Jurisdictions jurisdictions) {
        this.industries = industries;
        this.jurisdictions = jurisdictions;
    }

    /** @throws InvalidEnterprise naming every field that breaks a rule */
    EnterpriseDetails check(EnterpriseForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(f.name(), "name", NAME_MAX, true, problems);
        String address = text(f.address(), "address", ADDRESS_MAX, true, problems);
        String contactName = text(f.contactName(), "contactName", CONTACT_MAX, false, problems);
        CreditCode code = null;
        if (blank(f.creditCode())) {
            problems.add(new FieldProblem("creditCode", "subject.error.required"));
        } else {
            code = attempt(() -> CreditCode.parse(f.creditCode()), problems);
        }
        Optional<Industry> industry = industries.find(f.industry());
        if (industry.isEmpty()) {
            problems.add(blank(f.industry()) ? new FieldProblem("industry", "subject.error.required")
                    : new FieldProblem("industry", "subject.error.industry", f.industry()));
        }
        Jurisdiction place = jurisdiction(f.jurisdiction(), problems);
        Coordinates location = location(f.latitude(), f.longitude(), problems);
        PhoneNumber phone = blank(f.contactPhone()) ? null
                : attempt(() -> PhoneNumber.parse(f.contactPhone(), "contactPhone"), problems);
        CreditStatus status = CreditStatus.GOOD;
        if (!blank(f.creditStatus())) {
            status = CreditStatus.parse(f.creditStatus()).orElse(null);
            if (status == null) {
                problems.add(new FieldProblem("creditStatus", "subject.error.creditStatus", f.creditStatus()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEnterprise(problems);
        }
        Contact contact = contactName == null && phone == null ? null : new Contact(contactName, phone);
        return new EnterpriseDetails(name, code, address, industry.get().code(), place.id(), place.path(), location,
                contact, status);
    }

    private Jurisdiction jurisdiction(String raw, List<FieldProblem> problems) {
        if (blank(raw)) {
            problems.add(new FieldProblem("jurisdiction", "subject.error.required"));
            return null;
        }
        String s = raw.trim();
        Optional<Jurisdiction> found = jurisdictions.findByCode(s)
                .or(() -> jurisdictions.all().stream().filter(j -> j.name().equals(s)).findFirst());
        if (found.isEmpty()) {
            problems.add(new FieldProblem("jurisdiction", "subject.error.jurisdiction", s));
            return null;
        }
        JurisdictionLevel level = found.get().level();
        if (level != JurisdictionLevel.COMMUNITY && level != JurisdictionLevel.GRID) {
            problems.add(new FieldProblem("jurisdiction", "subject.error.jurisdictionLevel", s));
            return null;
        }
        return found.get();
    }

    private static Coordinates location(String lat, String lon, List<FieldProblem> problems) {
        if (blank(lat) && blank(lon)) {
            return null;
        }
        Double la = number(lat, "latitude", problems);
        Double lo = number(lon, "longitude", problems);
        if (la == null || lo == null) {
            return null;
        }
        // stored with six decimals (≈0.1 m); rounding here keeps a re-import of the same file "unchanged"
        return attempt(() -> new Coordinates(sixDecimals(la), sixDecimals(lo)), problems);
    }

    private static double sixDecimals(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static Double number(String raw, String field, List<FieldProblem> problems) {
        if (blank(raw)) {
            problems.add(new FieldProblem(field, "subject.error.coordinatesPair"));
            return null;
        }
        try {
            double d = Double.parseDouble(raw.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "subject.error.number", raw));
        return null;
    }

    private static String text(String raw, String field, int max, boolean required, List<FieldProblem> problems) {
        if (blank(raw)) {
            if (required) {
                problems.add(new FieldProblem(field, "subject.error.required"));
            }
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.length() > max) {
            problems.add(new FieldProblem(field, "subject.error.tooLong", max));
            return null;
        }
        return s;
    }

    private static <T> T attempt(java.util.function.Supplier<T> make, List<FieldProblem> problems) {
        try {
            return make.get();
        } catch (DomainException e) {
            problems.add(new FieldProblem(e.field(), e.messageKey(), e.args()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
