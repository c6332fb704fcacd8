package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.CreditCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an officer's visit to a firm with the issues raised there; each issue becomes a case (channel
 * {@link Channel#FIELD_VISIT}) linked to the visit. All or nothing: one bad issue stores nothing.
 */
@Service
class VisitLog {

    /** One issue raised during a visit. */
    record Issue(String title, String description, Category category) {

        boolean blank() {
            return (title == null || title.isBlank()) && (description == null || description.isBlank());
        }
    }

    /** The visit as typed on the phone. */
    record Visit(String enterpriseName, String creditCode, String contactName, String contactPhone, String address,
            String jurisdiction, String notes, List<Issue> issues) {
    }

    private final FieldVisits visits;
    private final CaseIntake intake;

    VisitLog(FieldVisits visits, CaseIntake intake) {
        this.visits = visits;
        this.intake = intake;
    }

    @Transactional
    List<Case> record(Visit v, Actor officer) {
        return record(v, officer, Instant.now());
    }

    @Transactional
    List<Case> record(Visit v, Actor officer, Instant at) {
        if (!officer.hasAny(Role.OFFICER, Role.ADMIN)) {
            throw new Forbidden("casework.error.notPermitted", "visit");
        }
        if (v.enterpriseName() == null || v.enterpriseName().isBlank()) {
            throw new InvalidInput("enterpriseName", "casework.error.required");
        }
        if (v.notes() != null && v.notes().length() > Case.TEXT_LIMIT) {
            throw new InvalidInput("notes", "casework.error.tooLong", Case.TEXT_LIMIT);
        }
        String credit = v.creditCode() == null || v.creditCode().isBlank() ? null
                : CreditCode.parse(v.creditCode()).value();
        UUID id = UUID.randomUUID();
        List<Issue> issues = v.issues() == null ? List.of() : v.issues().stream().filter(i -> !i.blank()).toList();
        List<Case> filed = new ArrayList<>();
        boolean stored = false;
        for (Issue issue : issues) {
            Submission s = new Submission(issue.title(), issue.description(), issue.category(), v.contactName(),
                    v.contactPhone(), credit, v.enterpriseName(), v.address(), null, null, v.jurisdiction(), id);
            if (!stored) {
                storeVisit(id, v, credit, officer, at, intake.placeOf(s, officer));
                stored = true;
            }
            filed.add(intake.submit(s, officer, Channel.FIELD_VISIT, at).filed());
        }
        if (!stored) {
            storeVisit(id, v, credit, officer, at, intake.placeOf(new Submission(null, null, null, null, null, null,
                    null, null, null, null, v.jurisdiction(), null), officer));
        }
        return filed;
    }

    private void storeVisit(UUID id, Visit v, String credit, Actor officer, Instant at,
            org.fengqiao.org.Jurisdiction place) {
        visits.add(id, officer.personId(), officer.displayName(), officer.unitIds().stream().findFirst().orElse(null),
                v.enterpriseName().strip(), credit, v.address(), place.id(), place.path(), at, v.notes());
    }
}
