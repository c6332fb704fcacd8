package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement decisions (penalties and other 执法决定): recorded by the deciding department's staff, judged major or
 * not by {@link MajorDecisionPolicy}; a major one is filed by the district (admin) into the filing register.
 */
@Service
class Enforcement {

    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("10000000000");

    /** What a department decided. */
    record Decision(UUID enterpriseId, UUID unitId, UUID recordId, String kind, BigDecimal fineYuan,
            String documentNumber, String summary, String legalBasis, LocalDate decidedOn) {
    }

    private final EnforcementDecisions decisions;
    private final InspectionRecording recording;
    private final InspectionRecords records;
    private final Enterprises enterprises;
    private final MajorDecisionPolicy policy;
    private final InspectionSettings settings;
    private final ApplicationEventPublisher events;

    Enforcement(EnforcementDecisions decisions, InspectionRecording recording, InspectionRecords records,
            Enterprises enterprises, MajorDecisionPolicy policy, InspectionSettings settings,
            ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.recording = recording;
        this.records = records;
        this.enterprises = enterprises;
        this.policy = policy;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    EnforcementDecision record(Actor actor, Decision d) {
        Unit unit = recording.inspectingUnit(actor, d.unitId());
        if (d.enterpriseId() == null) {
            throw new InvalidInput("enterpriseId", "inspection.error.required");
        }
        Enterprise firm = enterprises.visibleTo(actor, new EnterpriseId(d.enterpriseId()));
        if (d.recordId() != null) {
            InspectionRecord r = recordOrNull(d.recordId());
            if (r == null || !r.enterpriseId().equals(firm.id().value()) || !r.unitId().equals(unit.id())) {
                throw new InvalidInput("recordId", "inspection.decision.recordElsewhere");
            }
        }
        EnforcementDecision.Kind kind = kind(d.kind());
        BigDecimal fine = d.fineYuan() == null ? BigDecimal.ZERO : d.fineYuan();
        boolean monetary = kind == EnforcementDecision.Kind.FINE || kind == EnforcementDecision.Kind.CONFISCATION;
        if (fine.signum() < 0 || fine.compareTo(LARGEST_AMOUNT) >= 0 || fine.scale() > 2
                || (monetary && fine.signum() == 0) || (kind == EnforcementDecision.Kind.WARNING && fine.signum() > 0)) {
            throw new InvalidInput("fineYuan", "inspection.decision.amount");
        }
        String number = text(d.documentNumber(), "documentNumber", 60);
        if (decisions.documentNumberTaken(number)) {
            throw new InvalidInput("documentNumber", "inspection.decision.numberTaken", number);
        }
        String summary = text(d.summary(), "summary", 1000);
        String basis = text(d.legalBasis(), "legalBasis", 300);
        LocalDate today = LocalDate.now();
        if (d.decidedOn() == null || d.decidedOn().isAfter(today) || d.decidedOn().isBefore(today.minusYears(1))) {
            throw new InvalidInput("decidedOn", "inspection.decision.date");
        }
        String major = policy.reason(kind, fine).orElse(null);
        UUID id = UUID.randomUUID();
        decisions.insert(id, firm.id().value(), unit.id(), d.recordId(), kind, fine, number, summary, basis,
                d.decidedOn(), major, major == null ? null : d.decidedOn().plusDays(settings.filingDays()),
                actor.username());
        events.publishEvent(new EnforcementRecorded(id, "inspection.decision.recorded", kind + " " + number,
                actor.username()));
        return decisions.get(id);
    }

    /** 备案: the district files a major decision into the register. */
    @Transactional
    EnforcementDecision file(Actor actor, UUID id, long version) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("inspection.error.adminOnly");
        }
        EnforcementDecision d = visible(actor, id);
        if (!d.major()) {
            throw new InvalidInput("decision", "inspection.decision.notMajor");
        }
        if (d.filed()) {
            throw new InvalidInput("decision", "inspection.decision.alreadyFiled", d.filingNumber());
        }
        String number = decisions.file(id, version, actor.username());
        events.publishEvent(new EnforcementRecorded(id, "inspection.decision.filed", number, actor.username()));
        return decisions.get(id);
    }

    EnforcementDecision visible(Actor actor, UUID id) {
        EnforcementDecision d = decisions.get(id);
        boolean own = actor.memberOf(d.unitId());
        boolean oversight = actor.hasAny(Role.ADMIN, Role.AUDITOR, Role.DISPATCHER) && enterprises
                .find(new EnterpriseId(d.enterpriseId())).filter(e -> actor.covers(e.jurisdictionPath())).isPresent();
        if (!own && !oversight) {
            throw new org.fengqiao.shared.NotFound("decision", id);
        }
        return d;
    }

    /** Departments whose decisions the actor sees: all for oversight roles (null), else the actor's own. */
    static List<UUID> unitsSeenBy(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.AUDITOR, Role.DISPATCHER) ? null : List.copyOf(actor.unitIds());
    }

    private InspectionRecord recordOrNull(UUID id) {
        try {
            return records.get(id);
        } catch (org.fengqiao.shared.NotFound e) {
            return null;
        }
    }

    private static EnforcementDecision.Kind kind(String raw) {
        try {
            return EnforcementDecision.Kind.valueOf(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "inspection.decision.kind");
        }
    }

    private static String text(String raw, String field, int max) {
        if (raw == null || raw.isBlank() || raw.strip().length() > max) {
            throw new InvalidInput(field, "inspection.decision.text", max);
        }
        return raw.strip();
    }
}
