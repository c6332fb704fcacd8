package org.fengqiao.insight;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The reports a person may see: those of jurisdictions they cover, for the roles that read figures; a unit's
 * reports for its own heads and handlers and for the dispatchers and administrators over the unit's jurisdiction.
 * Reports hold counts only, no personal data. A report one may not see answers as if it did not exist.
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
        Reports.Readable readable = readable(actor);
        int p = Math.max(0, Math.min(page, 10_000));
        return new Page(reports.readable(readable, PAGE_SIZE, p * PAGE_SIZE), p, reports.countReadable(readable));
    }

    Reports.Report get(Actor actor, UUID id) {
        Reports.Readable readable = readable(actor);
        return reports.find(id).filter(r -> sees(readable, actor, r)).orElseThrow(() -> new NotFound("report", id));
    }

    byte[] file(Actor actor, UUID id, ReportFormat format) {
        get(actor, id);
        return reports.file(id, format).orElseThrow(() -> new NotFound("report", id));
    }

    private static boolean sees(Reports.Readable readable, Actor actor, Reports.Report r) {
        if (r.unitId() != null && readable.ownUnits().contains(r.unitId())) {
            return true;
        }
        boolean kind = r.unitId() == null ? readable.jurisdictions() : readable.allUnits();
        return kind && actor.covers(r.jurisdictionPath());
    }

    /** What the actor reads; refused to roles that read no figures at all. */
    static Reports.Readable readable(Actor actor) {
        boolean jurisdictions = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD, Role.OFFICER, Role.AUDITOR);
        List<UUID> own = actor.hasAny(Role.HEAD, Role.HANDLER) ? List.copyOf(actor.unitIds()) : List.of();
        if (!jurisdictions && own.isEmpty()) {
            throw new Forbidden("insight.error.notPermitted");
        }
        return new Reports.Readable(jurisdictions ? actor.jurisdictionPaths() : List.of(), jurisdictions,
                actor.hasAny(Role.ADMIN, Role.DISPATCHER), own);
    }
}
