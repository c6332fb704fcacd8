package org.fengqiao.inspection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector records a visit: starts it with one or more forms (each at its current version), answers items,
 * records findings with photo evidence and finishes. Every finding lifts the firm's exemption and regrades it; a
 * severe one (see {@link AlertTriggers}) raises an alert on the firm.
 */
@Service
class InspectionRecording {

    private final InspectionRecords records;
    private final CheckForms forms;
    private final Enterprises enterprises;
    private final Units units;
    private final JointPlans plans;
    private final Grading grading;
    private final ExemptionList exemptions;
    private final AlertTriggers triggers;
    private final AlertFanOut alerts;
    private final MessageSource messages;

    InspectionRecording(InspectionRecords records, CheckForms forms, Enterprises enterprises, Units units,
            JointPlans plans, Grading grading, ExemptionList exemptions, AlertTriggers triggers, AlertFanOut alerts,
            MessageSource messages) {
        this.triggers = triggers;
        this.alerts = alerts;
        this.messages = messages;
        this.records = records;
        this.forms = forms;
        this.enterprises = enterprises;
        this.units = units;
        this.plans = plans;
        this.grading = grading;
        this.exemptions = exemptions;
    }

    /** Starts a record; {@code plannedId}, when given, must be a published visit of this firm by this unit. */
    @Transactional
    InspectionRecord start(Actor actor, UUID enterpriseId, UUID unitId, UUID plannedId, List<UUID> formIds) {
        Unit unit = inspectingUnit(actor, unitId);
        if (enterpriseId == null) {
            throw new InvalidInput("enterpriseId", "inspection.error.required");
        }
        Enterprise firm = enterprises.visibleTo(actor, new EnterpriseId(enterpriseId));
        if (plannedId != null) {
            PlannedInspection visit = plans.visit(plannedId)
                    .filter(v -> v.enterpriseId().equals(firm.id().value()) && v.unitIds().contains(unit.id()))
                    .filter(v -> plans.get(v.planId()).published())
                    .orElseThrow(() -> new InvalidInput("plannedId", "inspection.record.notYourVisit"));
            plannedId = visit.id();
        }
        if (formIds == null || formIds.isEmpty()) {
            throw new InvalidInput("formIds", "inspection.record.noForms");
        }
        List<InspectionRecord.FormUsed> used = new ArrayList<>();
        for (UUID formId : new LinkedHashSet<>(formIds)) {
            CheckForm form = forms.find(formId, null).orElseThrow(() -> new InvalidInput("formIds",
                    "inspection.record.noSuchForm", String.valueOf(formId)));
            used.add(new InspectionRecord.FormUsed(form.id(), form.number()));
        }
        UUID id = UUID.randomUUID();
        records.insert(id, firm.id().value(), unit.id(), plannedId, null, actor.username(), actor.displayName(), used);
        return records.get(id);
    }

    /** The forms of a record at the versions it used. */
    List<CheckForm> formsOf(InspectionRecord record) {
        return record.forms().stream().map(f -> forms.find(f.formId(), f.number()).orElseThrow()).toList();
    }

    /** Stores answers (item id to raw answer), each checked against its item's answer type. */
    @Transactional
    void answer(Actor actor, UUID recordId, long version, Map<UUID, String> answers) {
        InspectionRecord record = editable(actor, recordId);
        List<CheckForm> used = formsOf(record);
        Map<UUID, String> checked = new java.util.LinkedHashMap<>();
        answers.forEach((itemId, raw) -> {
            CheckForm.Item item = item(used, itemId).orElseThrow(() -> new InvalidInput("answers",
                    "inspection.form.noSuchItem"));
            checked.put(itemId, item.type().check(raw, item.choices(), "answers." + itemId));
        });
        records.touch(recordId, version);
        checked.forEach((itemId, answer) -> records.answer(recordId, itemId, answer));
    }

    /** Records a finding; an item that requires photo evidence refuses a finding without a photo. */
    @Transactional
    UUID addFinding(Actor actor, UUID recordId, long version, UUID itemId, String severity, String note,
            EvidencePhoto photo) {
        InspectionRecord record = editable(actor, recordId);
        CheckForm.Item item = itemId == null ? null : item(formsOf(record), itemId)
                .orElseThrow(() -> new InvalidInput("itemId", "inspection.form.noSuchItem"));
        Finding.Severity s;
        try {
            s = Finding.Severity.valueOf(severity == null ? "" : severity.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("severity", "inspection.finding.severity", severity == null ? "" : severity);
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidInput("note", "inspection.finding.note");
        }
        if (item != null && item.photoRequired() && photo == null) {
            throw new InvalidInput("photo", "inspection.finding.photoRequired");
        }
        records.touch(recordId, version);
        UUID id = UUID.randomUUID();
        records.addFinding(id, recordId, record.enterpriseId(), itemId, s, note.strip(),
                photo == null ? null : photo.fileName(), photo == null ? null : photo.contentType(),
                photo == null ? null : photo.data());
        String unitName = units.find(record.unitId()).map(Unit::name).orElse("");
        exemptions.lift(record.enterpriseId(), "inspection.exemption.liftedByFinding|" + unitName, actor.username());
        grading.recompute(record.enterpriseId());
        if (triggers.forFinding(s)) {
            Locale zh = Locale.SIMPLIFIED_CHINESE;
            alerts.raiseOnce(enterprises.find(new EnterpriseId(record.enterpriseId())).orElseThrow(), "INSPECTION",
                    "FINDING:" + id, messages.getMessage("inspection.alert.fromFinding.title", new Object[] {
                            messages.getMessage("inspection.finding.severity." + s.name(), null, zh), unitName}, zh),
                    messages.getMessage("inspection.alert.fromFinding.detail", new Object[] {unitName,
                            record.inspectorName(), note.strip()}, zh));
        }
        return id;
    }

    @Transactional
    void finish(Actor actor, UUID recordId, long version, String note) {
        editable(actor, recordId);
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("note", "inspection.form.tooLong", 2000);
        }
        records.finish(recordId, version, note == null || note.isBlank() ? null : note.strip());
    }

    /** The record if the actor may see it: its unit's staff, admins and auditors, dispatchers of its place. */
    InspectionRecord visible(Actor actor, UUID recordId) {
        InspectionRecord r = records.get(recordId);
        boolean own = actor.memberOf(r.unitId());
        boolean oversight = actor.hasAny(Role.ADMIN, Role.AUDITOR, Role.DISPATCHER)
                && enterprises.find(new EnterpriseId(r.enterpriseId())).filter(e -> actor.covers(e.jurisdictionPath()))
                        .isPresent();
        if (!own && !oversight) {
            throw new org.fengqiao.shared.NotFound("record", recordId);
        }
        return r;
    }

    /** Only the inspecting unit's staff change a record, and only until it is finished. */
    InspectionRecord editable(Actor actor, UUID recordId) {
        InspectionRecord r = visible(actor, recordId);
        if (!actor.hasAny(Role.HANDLER, Role.HEAD) || !actor.memberOf(r.unitId())) {
            throw new Forbidden("inspection.error.notYourDepartment");
        }
        if (r.finished()) {
            throw new InvalidInput("record", "inspection.record.finished");
        }
        return r;
    }

    Unit inspectingUnit(Actor actor, UUID unitId) {
        if (!actor.hasAny(Role.HANDLER, Role.HEAD)) {
            throw new Forbidden("inspection.error.role");
        }
        UUID id = unitId;
        if (id == null && actor.unitIds().size() == 1) {
            id = actor.unitIds().iterator().next();
        }
        Unit unit = id == null ? null : units.find(id).filter(u -> u.kind() == UnitKind.DEPARTMENT).orElse(null);
        if (unit == null) {
            throw new InvalidInput("unitId", "inspection.error.department");
        }
        if (!actor.memberOf(unit.id())) {
            throw new Forbidden("inspection.error.notYourDepartment");
        }
        return unit;
    }

    static Optional<CheckForm.Item> item(List<CheckForm> used, UUID itemId) {
        return used.stream().flatMap(f -> f.items().stream()).filter(i -> i.id().equals(itemId)).findFirst();
    }
}
