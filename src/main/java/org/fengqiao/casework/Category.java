package org.fengqiao.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a case is about. The first seven are the triage classifier's labels; {@link #label()} is that label
 * (the UI shows the localised name from the bundle {@code casework.category.<NAME>}).
 */
public enum Category {
    URBAN_CONSTRUCTION("城乡建设"),
    ENVIRONMENT("环境保护"),
    TRANSPORT("交通运输"),
    EDUCATION_CULTURE_SPORTS("教育文体"),
    LABOUR_SOCIAL_SECURITY("劳动和社会保障"),
    COMMERCE_TOURISM("商贸旅游"),
    HEALTH_FAMILY_PLANNING("卫生计生"),
    BUSINESS_OPERATIONS("企业经营"),
    PUBLIC_SAFETY("治安安全"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The classifier's label for this category. */
    public String label() {
        return label;
    }

    public static Optional<Category> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
