package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseRouting;
import org.fengqiao.casework.CaseSteps;
import org.fengqiao.casework.Category;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改: an inspector orders a firm to put a finding right by a deadline; the order is filed as a case assigned to the
 * inspecting department, so that casework tracks it. A re-inspection closes the order and resolves the case when the
 * firm complied, or escalates it to the department and the town's command room when it did not.
 */
@Service
class Rectification {

    static final int LONGEST_DEADLINE_DAYS = 180;

    private final InspectionRecording recording;
    private final InspectionRecords records;
    private final RectificationOrders orders;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final People people;
    private final CaseExchange cases;
    private final CaseRouting routing;
    private final CaseSteps steps;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    Rectification(InspectionRecording recording, InspectionRecords records, RectificationOrders orders,
            Enterprises enterprises, Jurisdictions jurisdictions, Units units, People people, CaseExchange cases,
            CaseRouting routing, CaseSteps steps, MessageSource messages, ApplicationEventPublisher events) {
        this.recording = recording;
        this.records = records;
        this.orders = orders;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.people = people;
        this.cases = cases;
        this.routing = routing;
        this.steps = steps;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    RectificationOrder issue(Actor actor, UUID recordId, long version, UUID findingId, String requirement,
            LocalDate deadline) {
        InspectionRecord record = recording.editable(actor, recordId);
        if (findingId != null && !records.recordOfFinding(findingId).equals(recordId)) {
            throw new InvalidInput("findingId", "inspection.order.findingElsewhere");
        }
        if (requirement == null || requirement.isBlank() || requirement.length() > 2000) {
            throw new InvalidInput("requirement", "inspection.order.requirement");
        }
        LocalDate today = LocalDate.now();
        if (deadline == null || !deadline.isAfter(today) || deadline.isAfter(today.plusDays(LONGEST_DEADLINE_DAYS))) {
            throw new InvalidInput("deadline", "inspection.order.deadline", LONGEST_DEADLINE_DAYS);
        }
        records.touch(recordId, version);
        Enterprise firm = enterprises.find(new EnterpriseId(record.enterpriseId())).orElseThrow();
        Unit unit = units.find(record.unitId()).orElseThrow();
        String phone = people.find(actor.personId()).map(Person::phone).filter(p -> p != null && !p.isBlank())
                .orElseThrow(() -> new InvalidInput("inspector", "inspection.order.noPhone"));
        String title = text("inspection.order.caseTitle", firm.name());
        CaseExchange.Summary filed = cases.submit(new CaseExchange.Incoming(
                title.length() > 100 ? title.substring(0, 100) : title,
                text("inspection.order.caseBody", unit.name(), requirement.strip(), deadline.toString()),
                Category.BUSINESS_OPERATIONS, actor.displayName(), phone, firm.name(), firm.details().address(),
                firm.details().location() == null ? null : firm.details().location().latitude(),
                firm.details().location() == null ? null : firm.details().location().longitude(), placeOf(firm).code()),
                actor, Channel.WORKBENCH);
        routing.routeAutomatically(new CaseId(filed.id()), unit.id(), text("inspection.order.routeNote"));
        UUID id = UUID.randomUUID();
        orders.insert(id, recordId, findingId, firm.id().value(), unit.id(), requirement.strip(), deadline,
                filed.id(), filed.number(), actor.username());
        return orders.get(id);
    }

    /** A re-inspection of an open or escalated order: passed closes it, failed escalates it. */
    @Transactional
    RectificationOrder reinspect(Actor actor, UUID orderId, long version, Boolean passed, String note) {
        RectificationOrder order = visible(actor, orderId);
        recording.inspectingUnit(actor, order.unitId());
        if (order.status() == RectificationOrder.Status.CLOSED) {
            throw new InvalidInput("order", "inspection.order.closed");
        }
        if (passed == null) {
            throw new InvalidInput("passed", "inspection.error.required");
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidInput("note", "inspection.order.note");
        }
        String n = note.strip();
        orders.conclude(orderId, version, passed ? RectificationOrder.Status.CLOSED
                : RectificationOrder.Status.ESCALATED, n);
        UUID recordId = UUID.randomUUID();
        records.insert(recordId, order.enterpriseId(), order.unitId(), null, orderId, actor.username(),
                actor.displayName(), List.of());
        records.finish(recordId, 0, n);
        CaseId caseId = new CaseId(order.caseId());
        if (passed) {
            steps.resolveAndReply(caseId, text("inspection.order.passedResult", n), text("inspection.order.passedReply",
                    order.enterpriseName()), actor);
        } else {
            steps.progress(caseId, text("inspection.order.failedNote", n), actor);
            events.publishEvent(new RectificationEscalated(orderId, order.enterpriseId(), order.caseNumber(),
                    escalationUnits(order), text("inspection.order.escalatedTitle", order.enterpriseName()),
                    text("inspection.order.escalatedBody", order.caseNumber(), n), n, actor.username()));
        }
        return orders.get(orderId);
    }

    /** Orders are seen by the issuing unit's staff and by admins, auditors and dispatchers of the firm's place. */
    RectificationOrder visible(Actor actor, UUID orderId) {
        RectificationOrder order = orders.get(orderId);
        recording.visible(actor, order.recordId());
        return order;
    }

    /** The issuing department and every command room whose town holds the firm. */
    private Set<UUID> escalationUnits(RectificationOrder order) {
        Set<UUID> to = new LinkedHashSet<>();
        to.add(order.unitId());
        String path = enterprises.find(new EnterpriseId(order.enterpriseId())).orElseThrow().jurisdictionPath();
        units.active().stream().filter(u -> u.kind() == UnitKind.COMMAND_ROOM)
                .filter(u -> u.jurisdictionPath() != null && path.startsWith(u.jurisdictionPath()))
                .forEach(u -> to.add(u.id()));
        return to;
    }

    /** Cases belong to a town or community: a firm registered in a grid files in the grid's community. */
    private Jurisdiction placeOf(Enterprise firm) {
        Jurisdiction j = jurisdictions.find(firm.jurisdictionId()).orElseThrow();
        while (j.level() != JurisdictionLevel.TOWN && j.level() != JurisdictionLevel.COMMUNITY && j.parentId() != null) {
            j = jurisdictions.find(j.parentId()).orElseThrow();
        }
        return j;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
