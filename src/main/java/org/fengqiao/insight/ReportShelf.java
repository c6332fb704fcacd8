package org.fengqiao.insight;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The reports a person may see: those of jurisdictions they cover, for the roles that read figures. Reports hold
 * counts only, no personal data. A report outside one's jurisdictions answers as if it did not exist.
 */
@Component
class ReportShelf {

    static final int PAGE_SIZE = 20;

    private final Reports reports;

    ReportShelf(Reports reports) {
        this.reports = reports;
    }

    record Page(List<Reports.Report> reports, int page, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    Page list(Actor actor, int page) {
        readable(actor);
        int p = Math.max(0, Math.min(page, 10_000));
        return new Page(reports.within(actor.jurisdictionPaths(), PAGE_SIZE, p * PAGE_SIZE), p,
                reports.countWithin(actor.jurisdictionPaths()));
    }

    Reports.Report get(Actor actor, UUID id) {
        readable(actor);
        return reports.find(id).filter(r -> actor.covers(r.jurisdictionPath()))
                .orElseThrow(() -> new NotFound("report", id));
    }

    byte[] file(Actor actor, UUID id, ReportFormat format) {
        get(actor, id);
        return reports.file(id, format).orElseThrow(() -> new NotFound("report", id));
    }

    private static void readable(Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD, Role.OFFICER, Role.AUDITOR)) {
            throw new Forbidden("insight.error.notPermitted");
        }
    }
}
