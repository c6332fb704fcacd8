package org.fengqiao.inspection;

import org.fengqiao.shared.InvalidInput;

/** Risk grade of an enterprise: A is the highest risk, C the lowest (Nanhu's A/B/C grading). */
public enum RiskGrade {
    A(3), B(2), C(1);

    private final int weight;

    RiskGrade(int weight) {
        this.weight = weight;
    }

    /** How much a demand on a firm of this grade counts when capacity cannot hold every demand. */
    public int weight() {
        return weight;
    }

    public static RiskGrade parse(String raw, String field) {
        String value = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (value) {
            case "A" -> A;
            case "B" -> B;
            case "C" -> C;
            default -> throw new InvalidInput(field, "inspection.error.grade", raw == null ? "" : raw);
        };
    }
}
