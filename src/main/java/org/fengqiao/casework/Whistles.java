package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.FengqiaoApplication;
import org.fengqiao.notify.Notice;
import org.fengqiao.org.Actor;
import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.DomainException.Kind;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder at work (三哨三到): a case joins its category's ladder when it is first assigned; once a
 * stage's time has passed its reporter may blow the whistle, and a db-scheduler timer blows it if nobody does.
 * Each whistle calls the next rung's party in as a co-handling unit, notifies it and its duty supervisor, and is
 * written to the case history and the append-only escalation log; the party's arrival (报到) is logged with its time.
 * The case's position row is locked for every whistle, so a rung's whistle blows exactly once.
 */
@Service
class Whistles {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("casework-whistle", String.class);
    private static final Set<CaseStatus> FINAL = EnumSet.of(CaseStatus.CLOSED, CaseStatus.CANCELLED,
            CaseStatus.REJECTED);
    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    enum Trigger {
        REPORTER, AUTO
    }

    private final EscalationLadders ladders;
    private final CaseEscalations escalations;
    private final Cases cases;
    private final Units units;
    private final DutyRoster roster;
    private final WorkTime time;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final JdbcClient jdbc;
    private final DeadlineTimerSettings settings;

    Whistles(EscalationLadders ladders, CaseEscalations escalations, Cases cases, Units units, DutyRoster roster,
            WorkTime time, MessageSource messages, ApplicationEventPublisher events,
            ObjectProvider<SchedulerClient> scheduler, JdbcClient jdbc, DeadlineTimerSettings settings) {
        this.settings = settings;
        this.ladders = ladders;
        this.escalations = escalations;
        this.cases = cases;
        this.units = units;
        this.roster = roster;
        this.time = time;
        this.messages = messages;
        this.events = events;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    /** The case was assigned: it joins its category's ladder (once) and the first stage's timer is set. */
    void assigned(UUID caseId, Instant at) {
        Case c = cases.find(new CaseId(caseId)).orElse(null);
        if (c == null) {
            return;
        }
        ladders.forCategory(c.draft().category()).ifPresent(l -> {
            if (escalations.start(caseId, l.id(), at)) {
                plan(caseId);
            }
        });
    }

    /** Reopened after a close: the stage counts afresh from now. */
    void reopened(UUID caseId, Instant at) {
        escalations.find(caseId).ifPresent(p -> {
            escalations.moveTo(caseId, p.rung(), at);
            plan(caseId);
        });
    }

    /** Resolved, closed or cancelled: no whistle is pending any more. */
    void stopped(UUID caseId) {
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ? AND NOT picked")
                .params(TASK.getTaskName(), caseId + "/%").update();
    }

    /** The reporter blows the whistle on their own case (403 for anyone else). */
    @Transactional
    CaseEscalated byReporter(CaseId id, Actor actor, Instant now) {
        Case c = cases.find(id).orElseThrow(() -> new NotFound("case", id.value()));
        if (actor.personId() == null || !actor.personId().equals(c.draft().reporter().personId())) {
            throw new Forbidden("casework.escalation.onlyReporter");
        }
        return blow(id, Trigger.REPORTER, new By(actor.personId(), actor.displayName(), actor.primaryRole(),
                Channel.WORKBENCH, now));
    }

    /** The reporter, proven by the case number and lookup code on the public tracking page. */
    @Transactional
    CaseEscalated byTracker(Case c, Instant now) {
        return blow(c.id(), Trigger.REPORTER, new By(c.draft().reporter().personId(), c.draft().reporter().name(),
                org.fengqiao.org.Role.ENTERPRISE, Channel.WEB_FORM, now));
    }

    /** The timer of a stage: blows the whistle of {@code rung} unless it has blown already or the case moved on. */
    @Transactional
    boolean byTimer(UUID caseId, int rung, Instant now) {
        Optional<CaseEscalations.Position> p = escalations.lock(caseId);
        if (p.isEmpty() || p.get().rung() != rung - 1) {
            return false;
        }
        Case c = cases.find(new CaseId(caseId)).orElse(null);
        if (c == null || refusal(c, p.get(), now).isPresent()) {
            return false;
        }
        climb(c, p.get(), Trigger.AUTO, new By(null, "system", org.fengqiao.org.Role.ADMIN, Channel.SYSTEM, now));
        return true;
    }

    private CaseEscalated blow(CaseId id, Trigger trigger, By by) {
        CaseEscalations.Position p = escalations.lock(id.value())
                .orElseThrow(() -> new EscalationRefused(Kind.CONFLICT, "casework.escalation.noLadder"));
        Case c = cases.find(id).orElseThrow(() -> new NotFound("case", id.value()));
        Optional<EscalationRefused> refused = refusal(c, p, by.at());
        if (refused.isPresent()) {
            throw refused.get();
        }
        return climb(c, p, trigger, by);
    }

    /** Why a whistle may not blow now, if it may not. */
    Optional<EscalationRefused> refusal(Case c, CaseEscalations.Position p, Instant now) {
        if (FINAL.contains(c.status())) {
            return Optional.of(new EscalationRefused(Kind.INVALID, "casework.escalation.closed"));
        }
        if (!Lifecycle.allows(c.status(), Action.ESCALATE)) {
            return Optional.of(new EscalationRefused(Kind.CONFLICT, "casework.escalation.notWorking"));
        }
        EscalationLadder ladder = ladders.find(p.ladderId()).orElseThrow();
        Optional<EscalationLadder.Rung> next = ladder.rung(p.rung() + 1);
        if (next.isEmpty()) {
            return Optional.of(new EscalationRefused(Kind.CONFLICT, "casework.escalation.top"));
        }
        Instant due = due(next.get(), p, c.leadUnitId());
        if (now.isBefore(due)) {
            return Optional.of(new EscalationRefused(Kind.CONFLICT, "casework.escalation.tooEarly",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(ZONE))));
        }
        return Optional.empty();
    }

    /** When the stage before {@code rung} has used its time. */
    Instant due(EscalationLadder.Rung rung, CaseEscalations.Position p, UUID leadUnit) {
        return time.add(p.since(), rung.stage().unit(), rung.stage().grains(), leadUnit);
    }

    private CaseEscalated climb(Case c, CaseEscalations.Position p, Trigger trigger, By by) {
        EscalationLadder.Rung rung = ladders.find(p.ladderId()).orElseThrow().rung(p.rung() + 1).orElseThrow();
        UUID party = party(rung, c);
        c.escalate(by, rung.position(), rung.label(), party);
        cases.save(c);
        escalations.moveTo(c.id().value(), rung.position(), by.at());
        escalations.append(c.id().value(), by.at(), CaseEscalations.Kind.WHISTLE, rung.position(), rung.label(), party,
                trigger.name(), by.name());
        CaseEscalated event = new CaseEscalated(c.id(), c.number(), by.at(), rung.position(), rung.label(), party,
                trigger.name(), notice(c, rung, party, by.at()));
        events.publishEvent(event);
        plan(c.id().value());
        return event;
    }

    /** The party's staff reports in (报到) for the latest whistle that called their unit and has no arrival yet. */
    @Transactional
    CaseEscalations.Entry arrive(CaseId id, Actor actor, Instant now) {
        escalations.lock(id.value())
                .orElseThrow(() -> new EscalationRefused(Kind.CONFLICT, "casework.escalation.noLadder"));
        List<CaseEscalations.Entry> log = escalations.log(id.value());
        List<CaseEscalations.Entry> called = log.stream().filter(e -> e.kind() == CaseEscalations.Kind.WHISTLE)
                .filter(e -> e.unitId() != null && actor.memberOf(e.unitId())).toList();
        if (called.isEmpty() || !actor.hasAny(org.fengqiao.org.Role.HANDLER, org.fengqiao.org.Role.HEAD,
                org.fengqiao.org.Role.OFFICER)) {
            throw new Forbidden("casework.escalation.notParty");
        }
        Set<Integer> arrived = new HashSet<>();
        log.stream().filter(e -> e.kind() == CaseEscalations.Kind.ARRIVAL).forEach(e -> arrived.add(e.rung()));
        CaseEscalations.Entry whistle = called.stream().filter(e -> !arrived.contains(e.rung()))
                .max(Comparator.comparingInt(CaseEscalations.Entry::rung))
                .orElseThrow(() -> new EscalationRefused(Kind.CONFLICT, "casework.escalation.arrived"));
        escalations.append(id.value(), now, CaseEscalations.Kind.ARRIVAL, whistle.rung(), whistle.label(),
                whistle.unitId(), "PARTY", actor.displayName());
        return escalations.log(id.value()).get(log.size());
    }

    /**
     * Sets the timer of the case's next stage, if it has one. A stage that ended longer ago than the catch-up window
     * (a back-dated or imported case) gets no automatic whistle; its reporter can still blow it.
     */
    void plan(UUID caseId) {
        CaseEscalations.Position p = escalations.find(caseId).orElse(null);
        if (p == null) {
            return;
        }
        Case c = cases.find(new CaseId(caseId)).orElse(null);
        ladders.find(p.ladderId()).flatMap(l -> l.rung(p.rung() + 1)).ifPresent(next -> {
            String id = caseId + "/" + next.position();
            Instant due = due(next, p, c == null ? null : c.leadUnitId());
            if (due.isBefore(Instant.now().minus(settings.catchUp()))) {
                return;
            }
            try {
                scheduler.getObject().schedule(new TaskInstance<>(TASK.getTaskName(), id, id), due,
                        SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
            } catch (TaskInstanceCurrentlyExecutingException running) {
                // that timer is deciding right now, under the position's lock
            }
        });
    }

    /** The unit a rung calls for this case; the lead unit when a kind has no unit over the case's place. */
    UUID party(EscalationLadder.Rung rung, Case c) {
        return switch (rung.kind()) {
            case UNIT -> rung.unitId();
            case LEAD -> c.leadUnitId();
            case UNIT_KIND -> units.active().stream().filter(u -> u.kind() == rung.unitKind())
                    .filter(u -> u.jurisdictionPath() != null
                            && c.draft().jurisdictionPath().startsWith(u.jurisdictionPath()))
                    .max(Comparator.comparingInt(u -> u.jurisdictionPath().length())).map(Unit::id)
                    .orElse(c.leadUnitId());
        };
    }

    private Notice notice(Case c, EscalationLadder.Rung rung, UUID party, Instant at) {
        Set<UUID> persons = new HashSet<>();
        Set<UUID> unitIds = new HashSet<>();
        if (party != null) {
            unitIds.add(party);
            roster.onDuty(party, LocalDate.ofInstant(at, ZONE)).ifPresent(d -> persons.add(d.personId()));
        }
        if (c.leadUnitId() != null) {
            unitIds.add(c.leadUnitId());
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String partyName = party == null ? "" : units.find(party).map(Unit::name).orElse("");
        String title = messages.getMessage("casework.escalation.notice.title",
                new Object[] {c.number(), rung.label()}, zh);
        String body = messages.getMessage("casework.escalation.notice.body",
                new Object[] {c.number(), c.draft().title(), rung.position(), rung.label(), partyName}, zh);
        return new Notice(persons, unitIds, title, body, "/casework/cases/" + c.id().value(), true);
    }
}
