package org.fengqiao.casework;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Masking;
import org.springframework.stereotype.Component;

/** Builds what an actor sees of a case. */
@Component
class CaseViews {

    private final CaseAccess access;
    private final Units units;
    private final Jurisdictions jurisdictions;
    private final Attachments attachments;
    private final ReturnPolicy returns;

    CaseViews(CaseAccess access, Units units, Jurisdictions jurisdictions, Attachments attachments,
            ReturnPolicy returns) {
        this.access = access;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
        this.returns = returns;
    }

    CaseView of(Case c, Actor actor) {
        return of(c, access.showsPhone(actor, c), access.offered(actor, c).stream().map(Action::path).toList(), true);
    }

    /** What the reporter sees on the public tracking page: no staff names, no notes meant for staff only. */
    CaseView forReporter(Case c) {
        return of(c, false, c.status() == CaseStatus.REPLIED ? List.of(Action.VERDICT.path()) : List.of(), false);
    }

    /** The case a merged case follows, as its reporter sees it: like {@link #forReporter}, but nothing to do there. */
    CaseView following(Case c) {
        return of(c, false, List.of(), false);
    }

    private CaseView of(Case c, boolean fullPhone, List<String> allowed, boolean staffView) {
        Draft d = c.draft();
        String phone = d.reporter().phone().value();
        return new CaseView(c.id().value(), c.number(), d.kind(), d.title(), d.description(), d.category(), d.channel(),
                c.status(), new CaseView.ReporterView(fullPhone ? d.reporter().name() : Masking.name(d.reporter().name()),
                        fullPhone ? phone : Masking.phone(phone)),
                d.creditCode() == null ? null : d.creditCode().value(), d.enterpriseName(), d.address(), d.lat(), d.lon(),
                d.jurisdictionPath(), jurisdictions.find(d.jurisdictionId()).map(j -> j.name()).orElse(null),
                unit(c.leadUnitId()), c.coUnitIds().stream().map(this::unit).toList(), c.returnCount(),
                returns.maxReturns(), c.ruled(), c.closureKind(), c.satisfied(), c.score(), c.resolution(), c.reply(),
                c.dueAt(), c.createdAt(), c.updatedAt(), c.version(), allowed, d.visitId(),
                c.history().stream().map(e -> new CaseView.Step(e.seq(), e.at(),
                        staffView ? e.actorName() : null, e.role().name(), e.channel(), e.action(), e.from(), e.to(),
                        staffView || publicNote(e.action()) ? e.note() : null, staffView ? e.detail() : null)).toList(),
                attachments.of(c.id()));
    }

    private static boolean publicNote(Action action) {
        return action == Action.REPLY || action == Action.REJECT || action == Action.RESOLVE || action == Action.VERDICT;
    }

    private CaseView.UnitRef unit(UUID id) {
        return id == null ? null : units.find(id).map(u -> new CaseView.UnitRef(u.id(), u.code(), u.name())).orElse(null);
    }
}
