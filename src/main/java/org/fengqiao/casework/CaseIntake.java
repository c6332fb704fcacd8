package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.LookupCode;
import org.fengqiao.shared.PhoneNumber;
import org.fengqiao.subject.CreditCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes cases in from every channel: checks each field, places the case in a town or community, numbers it,
 * gives the reporter a lookup code (only its hash is stored) and publishes {@link CaseSubmitted}.
 */
@Service
class CaseIntake {


    /** The stored case and the lookup code the reporter gets once. */
    record Receipt(Case filed, String lookupCode) {
    }

    private final Cases cases;
    private final CaseNumbering numbering;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final Attachments attachments;

    CaseIntake(Cases cases, CaseNumbering numbering, Jurisdictions jurisdictions, ApplicationEventPublisher events,
            Attachments attachments) {
        this.cases = cases;
        this.numbering = numbering;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.attachments = attachments;
    }

    @Transactional
    Receipt submit(Submission s, Actor actor, Channel channel) {
        return submit(s, actor, channel, Instant.now());
    }

    /** With photos already checked; the case and its photos are stored together or not at all. */
    @Transactional
    Receipt submit(Submission s, Actor actor, Channel channel, List<Photo> photos) {
        Receipt receipt = submit(s, actor, channel, Instant.now());
        for (Photo p : photos) {
            attachments.add(receipt.filed().id(), p, receipt.filed().draft().reporter().name(),
                    receipt.filed().createdAt());
        }
        return receipt;
    }

    /** With an explicit time, for imports and demo data. */
    @Transactional
    Receipt submit(Submission s, Actor actor, Channel channel, Instant at) {
        if (actor.has(Role.AUDITOR) && actor.roles().size() == 1) {
            throw new Forbidden("casework.error.notPermitted", "submit");
        }
        Draft draft = check(s, actor, channel);
        String code = LookupCode.next();
        Case c = Case.submit(CaseId.next(), numbering.next(draft.kind(), at), draft, LookupCode.hash(code),
                By.actor(actor, channel, at));
        cases.add(c);
        c.drainEvents().forEach(events::publishEvent);
        return new Receipt(c, code);
    }

    private Draft check(Submission s, Actor actor, Channel channel) {
        String title = text(s.title(), "title", 100, true);
        String description = text(s.description(), "description", Case.TEXT_LIMIT, true);
        if (s.category() == null) {
            throw new InvalidInput("category", "casework.error.required");
        }
        String name = text(s.reporterName(), "reporter.name", 50, true);
        PhoneNumber phone = PhoneNumber.parse(text(s.reporterPhone(), "reporter.phone", 20, true), "reporter.phone");
        CreditCode credit = s.creditCode() == null || s.creditCode().isBlank() ? null : CreditCode.parse(s.creditCode());
        String enterprise = text(s.enterpriseName(), "enterpriseName", 200, false);
        String address = text(s.address(), "address", 300, false);
        if (s.lat() != null && (s.lat() < -90 || s.lat() > 90 || s.lat().isNaN())) {
            throw new InvalidInput("lat", "casework.error.range", -90, 90);
        }
        if (s.lon() != null && (s.lon() < -180 || s.lon() > 180 || s.lon().isNaN())) {
            throw new InvalidInput("lon", "casework.error.range", -180, 180);
        }
        Jurisdiction place = place(s.jurisdiction(), actor);
        boolean self = actor.hasAny(Role.ENTERPRISE, Role.RESIDENT) && !actor.isAnonymous();
        return new Draft(title, description, s.category(), channel,
                new Reporter(name, phone, self ? actor.personId() : null), credit, enterprise, address, s.lat(),
                s.lon(), place.id(), place.path(), s.visitId(), actor.personId());
    }

    /** Where a submission would be placed, checked as on submission. */
    Jurisdiction placeOf(Submission s, Actor actor) {
        return place(s.jurisdiction(), actor);
    }

    /** A case belongs to a town or a community; staff may file only inside their own jurisdictions. */
    private Jurisdiction place(String code, Actor actor) {
        Jurisdiction j;
        if (code == null || code.isBlank()) {
            List<Jurisdiction> own = jurisdictions.all().stream().filter(x -> actor.jurisdictionPaths().contains(x.path()))
                    .filter(CaseIntake::placeable).toList();
            if (own.size() != 1) {
                throw new InvalidInput("jurisdiction", "casework.error.required");
            }
            j = own.get(0);
        } else {
            j = jurisdictions.findByCode(code.strip()).filter(CaseIntake::placeable)
                    .orElseThrow(() -> new InvalidInput("jurisdiction", "casework.error.jurisdiction", code));
        }
        boolean staff = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.OFFICER, Role.HANDLER, Role.HEAD);
        if (staff && !actor.covers(j.path()) && !actor.hasAny(Role.HANDLER, Role.HEAD)) {
            throw new InvalidInput("jurisdiction", "casework.error.jurisdictionOutside", code);
        }
        return j;
    }

    private static boolean placeable(Jurisdiction j) {
        return j.level() == JurisdictionLevel.TOWN || j.level() == JurisdictionLevel.COMMUNITY;
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInput(field, "casework.error.required");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInput(field, "casework.error.tooLong", max);
        }
        return v;
    }
}
