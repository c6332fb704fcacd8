package org.fengqiao.inspection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一次触发、多端响应: an alert about a firm reaches at once every unit concerned — each department that inspects the
 * firm's grade by routine or has inspected or planned to inspect it, and the police stations and command rooms of
 * its place — and each unit acknowledges it. The alert lifts the firm's exemption (无事不扰 ends when something
 * happens).
 */
@Service
class AlertFanOut {

    static final List<String> SOURCES = List.of("CASE", "INSPECTION", "DATA_POOL", "PATROL");
    /** Who raised an alert that no person raised. */
    static final String SYSTEM = "system";

    private final Alerts alerts;
    private final Enterprises enterprises;
    private final Units units;
    private final Grading grading;
    private final ExemptionList exemptions;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    AlertFanOut(Alerts alerts, Enterprises enterprises, Units units, Grading grading, ExemptionList exemptions,
            JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.enterprises = enterprises;
        this.units = units;
        this.grading = grading;
        this.exemptions = exemptions;
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    InspectionAlert raise(Actor actor, UUID enterpriseId, String source, String title, String detail) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HANDLER, Role.HEAD, Role.OFFICER)) {
            throw new Forbidden("inspection.error.role");
        }
        if (enterpriseId == null) {
            throw new InvalidInput("enterpriseId", "inspection.error.required");
        }
        Enterprise firm = enterprises.visibleTo(actor, new EnterpriseId(enterpriseId));
        if (source == null || !SOURCES.contains(source.strip())) {
            throw new InvalidInput("source", "inspection.alert.source");
        }
        String t = text(title, "title", 200);
        String d = text(detail, "detail", 2000);
        return alerts.get(fanOut(firm, source.strip(), null, t, d, actor.username()).orElseThrow());
    }

    /**
     * Raises an alert that no person raised (a complaint-like case, a severe finding, a data-pool record): the first
     * time a source is seen the alert fans out as one raised by hand; the same source again finds it and does
     * nothing. Runs in the caller's transaction.
     */
    @Transactional
    Optional<UUID> raiseOnce(Enterprise firm, String source, String sourceRef, String title, String detail) {
        if (alerts.bySource(sourceRef).isPresent()) {
            return Optional.empty();
        }
        return fanOut(firm, source, sourceRef, cut(title), detail.length() > 2000 ? detail.substring(0, 2000) : detail,
                SYSTEM);
    }

    private Optional<UUID> fanOut(Enterprise firm, String source, String sourceRef, String title, String detail,
            String by) {
        Set<UUID> to = concerned(firm);
        UUID id = UUID.randomUUID();
        if (!alerts.insert(id, firm.id().value(), source, sourceRef, title, detail, by, to)) {
            return Optional.empty();
        }
        exemptions.lift(firm.id().value(), message("inspection.alert.liftReason", title), by);
        events.publishEvent(new AlertRaised(id, "inspection.alert.raised", to,
                cut(message("inspection.alert.noticeTitle", firm.name(), title)), detail, "/inspection/alerts/" + id,
                false, by));
        return Optional.of(id);
    }

    /** A unit's staff acknowledge the alert for their unit; acknowledging twice is refused. */
    @Transactional
    InspectionAlert acknowledge(Actor actor, UUID alertId, UUID unitId) {
        InspectionAlert a = visible(actor, alertId);
        if (unitId == null || !actor.memberOf(unitId) || actor.hasAny(Role.ENTERPRISE, Role.RESIDENT)) {
            throw new Forbidden("inspection.alert.notYourUnit");
        }
        if (a.receipts().stream().noneMatch(r -> r.unitId().equals(unitId))) {
            throw new InvalidInput("unitId", "inspection.alert.notReached");
        }
        if (!alerts.acknowledgeAlert(alertId, unitId, actor.username())) {
            throw new InvalidInput("unitId", "inspection.alert.alreadyAcknowledged");
        }
        return alerts.get(alertId);
    }

    /** Oversight roles of the firm's place, and the staff of every unit it reached. */
    InspectionAlert visible(Actor actor, UUID alertId) {
        InspectionAlert a = alerts.get(alertId);
        boolean reached = a.receipts().stream().anyMatch(r -> actor.memberOf(r.unitId()));
        boolean oversight = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR) && enterprises
                .find(new EnterpriseId(a.enterpriseId())).filter(e -> actor.covers(e.jurisdictionPath())).isPresent();
        if (!reached && !oversight) {
            throw new NotFound("alert", alertId);
        }
        return a;
    }

    List<InspectionAlert> list(Actor actor, int limit, int offset) {
        List<String> paths = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR) ? actor.jurisdictionPaths()
                : List.of();
        return alerts.visible(paths, actor.unitIds(), limit, offset).stream().map(alerts::get).toList();
    }

    /** Departments inspecting the firm's grade by routine or that inspected, or plan to inspect, it; police and
     * command rooms of its place. */
    Set<UUID> concerned(Enterprise firm) {
        UUID id = firm.id().value();
        Set<UUID> to = new LinkedHashSet<>(jdbc.sql("""
                SELECT unit_id FROM inspection_frequency WHERE grade = ? AND times_per_year > 0
                UNION SELECT unit_id FROM inspection_record WHERE enterprise_id = ?
                UNION SELECT unit_id FROM inspection_demand WHERE enterprise_id = ?""")
                .params(grading.of(id).effective().name(), id, id).query(UUID.class).list());
        units.active().stream()
                .filter(u -> u.kind() == UnitKind.POLICE_STATION || u.kind() == UnitKind.COMMAND_ROOM)
                .filter(u -> u.jurisdictionPath() != null && firm.jurisdictionPath().startsWith(u.jurisdictionPath()))
                .forEach(u -> to.add(u.id()));
        to.removeIf(u -> units.find(u).filter(x -> x.active()).isEmpty());
        return to;
    }

    String pathOf(UUID enterpriseId) {
        return enterprises.find(new EnterpriseId(enterpriseId)).orElseThrow().jurisdictionPath();
    }

    private static String text(String raw, String field, int max) {
        if (raw == null || raw.isBlank() || raw.strip().length() > max) {
            throw new InvalidInput(field, "inspection.decision.text", max);
        }
        return raw.strip();
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
