package org.fengqiao.inspection;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;
import org.fengqiao.shared.Audited;

/** Last month's inspection report of a town or district is ready: its command room hears of it, once. */
public record InspectionReportReady(UUID reportId, UUID unitId, String title, String body)
        implements Notifiable, Audited {

    @Override
    public Notice notice() {
        return new Notice(Set.of(), Set.of(unitId), title, body, "/inspection/reports/background/" + reportId, false);
    }

    @Override
    public String auditActor() {
        return "system";
    }

    @Override
    public String auditAction() {
        return "inspection.report.delivered";
    }

    @Override
    public String auditSubjectType() {
        return "inspection_report";
    }

    @Override
    public String auditSubjectId() {
        return reportId.toString();
    }

    @Override
    public String auditDetail() {
        return title;
    }
}
