package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** A town's weekly joint plan (联合检查计划), draft or published, with its figures. */
record JointPlan(UUID id, UUID townId, String townPath, LocalDate weekStart, String status, String summary,
        String createdBy, String publishedBy, long version) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
