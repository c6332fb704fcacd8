package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A town's weekly joint plan (联合检查计划), draft or published, with its figures. */
record JointPlan(UUID id, UUID townId, String townPath, LocalDate weekStart, String status, String summary,
        String createdBy, String publishedBy, long version) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /**
     * The planner's figures by name ({@code visits}, {@code demands}, {@code naive}, {@code joint_rate}, ...), read
     * from the summary line it stored, for pages that show them in words; empty where the summary has none.
     */
    public Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        if (summary != null) {
            for (String pair : summary.trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return out;
    }

    /** The share of visits made jointly by several departments (0..1), or null when the summary lacks it. */
    public Double jointRate() {
        try {
            String rate = figures().get("joint_rate");
            return rate == null ? null : Double.valueOf(rate);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
