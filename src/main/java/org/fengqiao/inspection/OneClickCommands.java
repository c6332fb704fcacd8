package org.fengqiao.inspection;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一键指令: the district's command room sends one instruction from an alert to every unit the alert reached and to
 * the firm it concerns when the firm has an account. Each acknowledges within the limit (24 h); when the limit passes
 * with someone missing, a db-scheduler timer planned with the command escalates it once: urgent notices to the
 * missing units and the command rooms of the firm's place.
 */
@Service
class OneClickCommands {

    static final TaskDescriptor<String> DUE = TaskDescriptor.of("inspection-command-due", String.class);
    static final Duration LIMIT = Duration.ofHours(24);

    private final Alerts alerts;
    private final AlertFanOut fanOut;
    private final Units units;
    private final Enterprises enterprises;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OneClickCommands(Alerts alerts, AlertFanOut fanOut, Units units, Enterprises enterprises,
            ObjectProvider<SchedulerClient> scheduler, MessageSource messages, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.enterprises = enterprises;
        this.fanOut = fanOut;
        this.units = units;
        this.scheduler = scheduler;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    InspectionCommand issue(Actor actor, UUID alertId, String text) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER)) {
            throw new Forbidden("inspection.error.commandRoomOnly");
        }
        InspectionAlert alert = fanOut.visible(actor, alertId);
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw new InvalidInput("text", "inspection.decision.text", 2000);
        }
        Set<UUID> to = new LinkedHashSet<>();
        alert.receipts().forEach(r -> to.add(r.unitId()));
        UUID id = UUID.randomUUID();
        Instant issued = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant due = issued.plus(LIMIT);
        Set<UUID> firmAccounts = new LinkedHashSet<>(enterprises.memberIds(new EnterpriseId(alert.enterpriseId())));
        alerts.insertCommand(id, alertId, text.strip(), actor.username(), issued, due, to,
                firmAccounts.isEmpty() ? null : alert.enterpriseId());
        scheduler.getObject().schedule(new TaskInstance<>(DUE.getTaskName(), id.toString(), id.toString()), due);
        events.publishEvent(new AlertRaised(id, "inspection.command.issued", to,
                cut(message("inspection.command.noticeTitle", alert.enterpriseName())), text.strip(),
                "/inspection/commands/" + id, true, actor.username()));
        if (!firmAccounts.isEmpty()) {
            events.publishEvent(new FirmCommanded(id, alert.enterpriseId(), firmAccounts,
                    cut(message("inspection.command.firmNoticeTitle", alert.enterpriseName())), text.strip(),
                    actor.username()));
        }
        return alerts.command(id);
    }

    @Transactional
    InspectionCommand acknowledge(Actor actor, UUID commandId, UUID unitId, String note) {
        InspectionCommand c = alerts.command(commandId);
        fanOut.visible(actor, c.alertId());
        if (unitId == null || !actor.memberOf(unitId) || actor.hasAny(Role.ENTERPRISE, Role.RESIDENT)) {
            throw new Forbidden("inspection.alert.notYourUnit");
        }
        if (c.receipts().stream().noneMatch(r -> r.unitId().equals(unitId))) {
            throw new InvalidInput("unitId", "inspection.alert.notReached");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note", "inspection.decision.text", 500);
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (!alerts.acknowledgeCommand(commandId, unitId, actor.username(), n)) {
            throw new InvalidInput("unitId", "inspection.alert.alreadyAcknowledged");
        }
        return alerts.command(commandId);
    }

    /** The firm's account acknowledges a command to its firm, with an optional reply; twice is refused. */
    @Transactional
    InspectionCommand acknowledgeByFirm(Actor actor, UUID commandId, String note) {
        InspectionCommand c = ofMyFirms(actor, commandId);
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note", "inspection.decision.text", 500);
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (!alerts.acknowledgeByFirm(commandId, actor.username(), n)) {
            throw new InvalidInput("command", "inspection.command.firmAlreadyAcknowledged");
        }
        return alerts.command(commandId);
    }

    /** Commands to the firms an enterprise account represents, newest first. */
    List<InspectionCommand> toMyFirms(Actor actor, int limit, int offset) {
        return alerts.commandsToFirms(myFirms(actor), limit, offset);
    }

    /** A command to one of the actor's firms; to anyone else it does not exist. */
    InspectionCommand ofMyFirms(Actor actor, UUID commandId) {
        InspectionCommand c = alerts.command(commandId);
        if (c.firm() == null || !myFirms(actor).contains(c.firm().enterpriseId())) {
            throw new NotFound("command", commandId);
        }
        return c;
    }

    private Set<UUID> myFirms(Actor actor) {
        if (!actor.has(Role.ENTERPRISE) || actor.personId() == null) {
            return Set.of();
        }
        Set<UUID> firms = new LinkedHashSet<>();
        enterprises.representedBy(actor.personId()).forEach(e -> firms.add(e.id().value()));
        return firms;
    }

    InspectionCommand visible(Actor actor, UUID commandId) {
        InspectionCommand c = alerts.command(commandId);
        fanOut.visible(actor, c.alertId());
        return c;
    }

    List<InspectionCommand> of(UUID alertId) {
        return alerts.commandsOf(alertId);
    }

    /** The timer at the limit: escalates once when units are still missing; true when it escalated now. */
    @Transactional
    boolean escalateIfMissed(UUID commandId, Instant now) {
        InspectionCommand c = alerts.command(commandId);
        if (!c.missed(now) || !alerts.claimEscalation(commandId)) {
            return false;
        }
        InspectionAlert alert = alerts.get(c.alertId());
        Set<UUID> to = new LinkedHashSet<>();
        List<String> missing = new java.util.ArrayList<>(c.receipts().stream().filter(r -> !r.acknowledged()).map(r -> {
            to.add(r.unitId());
            return r.unitName();
        }).toList());
        if (c.firm() != null && !c.firm().acknowledged()) {
            missing.add(c.firm().name());
        }
        String firmPath = fanOut.pathOf(alert.enterpriseId());
        units.active().stream().filter(u -> u.kind() == UnitKind.COMMAND_ROOM)
                .filter(u -> u.jurisdictionPath() != null && firmPath.startsWith(u.jurisdictionPath()))
                .forEach(u -> to.add(u.id()));
        events.publishEvent(new AlertRaised(commandId, "inspection.command.missed", to,
                cut(message("inspection.command.missedTitle", alert.enterpriseName(), missing.size())),
                message("inspection.command.missedBody", String.join("、", missing)),
                "/inspection/commands/" + commandId, true, "system"));
        return true;
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
