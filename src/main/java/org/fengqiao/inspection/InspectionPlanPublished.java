package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.UUID;

import org.fengqiao.shared.Audited;

/** A town's weekly joint plan was published: departments now see their tasks. */
public record InspectionPlanPublished(UUID planId, UUID townId, LocalDate weekStart, int visits, String by)
        implements Audited {

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return "inspection.plan.publish";
    }

    @Override
    public String auditSubjectType() {
        return "inspection-plan";
    }

    @Override
    public String auditSubjectId() {
        return planId.toString();
    }

    @Override
    public String auditDetail() {
        return weekStart + " visits=" + visits;
    }
}
