package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.WorkingCalendar;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a follow-up (回访) done by phone or visit. "Recurred" reopens the case with the case's own reopen command
 * (which cancels the follow-ups still open); when the last follow-up of a close holds, the close is settled (案结事了)
 * and {@link CaseSettled} is published. For a subject other than a case ({@link SubjectFollowUps}) nothing is
 * reopened, every recording is told to its module ({@link SubjectFollowUpRecorded}) and a settled close publishes
 * {@link SubjectSettled}. Who may see a follow-up: the unit that does it and the people of its
 * jurisdiction; who may record it: that unit's handlers and heads, and the jurisdiction's dispatchers.
 */
@Service
class FollowUpRecording {

    static final int LONGEST_NOTE = 2000;
    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    /** What the person who called or visited reports; strings so that a wrong value is refused naming its field. */
    record Form(Long version, String method, String outcome, Integer satisfaction, String note) {
    }

    private final FollowUps followUps;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final FollowUpTimers timers;
    private final WorkingCalendar calendar;
    private final FollowUpSettings settings;

    FollowUpRecording(FollowUps followUps, Cases cases, ApplicationEventPublisher events, MessageSource messages,
            FollowUpTimers timers, WorkingCalendar calendar, FollowUpSettings settings) {
        this.timers = timers;
        this.calendar = calendar;
        this.settings = settings;
        this.followUps = followUps;
        this.cases = cases;
        this.events = events;
        this.messages = messages;
    }

    /**
     * Officers (police, grid workers) also see and record the follow-ups of subjects other than cases in their
     * jurisdictions: a community's mediations are theirs.
     */
    static FollowUps.Scope scopeOf(Actor actor) {
        List<String> paths = actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR) ? actor.jurisdictionPaths()
                : List.of();
        return new FollowUps.Scope(paths, actor.hasAny(Role.HANDLER, Role.HEAD) ? actor.unitIds() : java.util.Set.of(),
                actor.has(Role.OFFICER) ? actor.jurisdictionPaths() : List.of());
    }

    static boolean maySee(Actor actor, FollowUp f) {
        FollowUps.Scope scope = scopeOf(actor);
        return scope.paths().stream().anyMatch(p -> f.jurisdictionPath().startsWith(p))
                || (f.unitId() != null && scope.units().contains(f.unitId()))
                || (!f.ofCase() && scope.subjectPaths().stream().anyMatch(p -> f.jurisdictionPath().startsWith(p)));
    }

    static boolean mayRecord(Actor actor, FollowUp f) {
        return (actor.hasAny(Role.HANDLER, Role.HEAD) && f.unitId() != null && actor.memberOf(f.unitId()))
                || (actor.hasAny(Role.DISPATCHER, Role.ADMIN) && actor.covers(f.jurisdictionPath()))
                || (!f.ofCase() && actor.has(Role.OFFICER) && actor.covers(f.jurisdictionPath()));
    }

    FollowUp get(UUID id, Actor actor) {
        return followUps.find(id).filter(f -> maySee(actor, f)).orElseThrow(() -> new NotFound("followUp", id));
    }

    @Transactional
    FollowUp record(UUID id, Form form, Actor actor, Channel channel, Instant now) {
        FollowUp f = followUps.lock(id).filter(x -> maySee(actor, x)).orElseThrow(() -> new NotFound("followUp", id));
        if (!mayRecord(actor, f)) {
            throw new Forbidden("casework.followup.notPermitted");
        }
        if (form.version() == null) {
            throw new InvalidInput("version", "casework.error.required");
        }
        if (form.version() != f.version()) {
            throw new StaleVersion(id, form.version(), f.version());
        }
        if (!f.status().open()) {
            throw new CaseRuleBroken("casework.followup.notOpen", "status");
        }
        if (f.dueOn().isAfter(LocalDate.ofInstant(now, ZONE))) {
            throw new CaseRuleBroken("casework.followup.notYetDue", "dueOn", f.dueOn().toString());
        }
        FollowUp.Method method = parse(FollowUp.Method.class, form.method(), "method");
        FollowUp.Outcome outcome = parse(FollowUp.Outcome.class, form.outcome(), "outcome");
        boolean unreached = outcome == FollowUp.Outcome.UNREACHABLE;
        if (!unreached && (form.satisfaction() == null || form.satisfaction() < 1 || form.satisfaction() > 5)) {
            throw new InvalidInput("satisfaction", "casework.error.score");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > LONGEST_NOTE) {
            throw new InvalidInput("note", "casework.error.tooLong", LONGEST_NOTE);
        }
        if (outcome == FollowUp.Outcome.RECURRED && note == null) {
            throw new InvalidInput("note", "casework.followup.recurredNote");
        }
        By by = By.actor(actor, channel, now);
        if (unreached && f.unreached() + 1 < settings.unreachableAttempts()) {
            LocalDate next = nextWorkingDay(LocalDate.ofInstant(now, ZONE));
            followUps.retry(f, method, note, by.name(), now, next);
            timers.reschedule(f.id(), next, f.unitId());
            return told(followUps.find(id).orElseThrow(), actor);
        }
        followUps.record(f, method, outcome, unreached ? null : form.satisfaction(), note, by.name(), now);
        if (outcome == FollowUp.Outcome.RECURRED && f.ofCase()) {
            reopen(f, note, by);
        } else if (!unreached && outcome != FollowUp.Outcome.RECURRED) {
            settleIfLast(f, now);
        }
        return told(followUps.find(id).orElseThrow(), actor);
    }

    /** The module owning a subject other than a case hears of every recording. */
    private FollowUp told(FollowUp f, Actor actor) {
        if (!f.ofCase()) {
            events.publishEvent(new SubjectFollowUpRecorded(f.subject().kind(), f.subject().id(), f.subject().number(),
                    f.id(), f.round(), f.status().name(), f.outcome() == null ? null : f.outcome().name(),
                    f.satisfaction(), f.unreached(), actor.username(), f.recordedAt()));
        }
        return f;
    }

    private LocalDate nextWorkingDay(LocalDate today) {
        LocalDate d = today.plusDays(1);
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The problem came back: the case goes back to work through its own reopen step. */
    private void reopen(FollowUp f, String note, By by) {
        Case c = cases.find(new CaseId(f.caseId())).orElseThrow(() -> new NotFound("case", f.caseId()));
        if (c.status() != CaseStatus.CLOSED) {
            return;
        }
        c.reopen(c.version(), by, messages.getMessage("casework.followup.reopenReason", new Object[] {f.round(), note},
                Locale.SIMPLIFIED_CHINESE));
        cases.save(c);
        c.drainEvents().forEach(events::publishEvent);
    }

    private void settleIfLast(FollowUp f, Instant now) {
        List<FollowUp> round = followUps.ofClose(f);
        boolean allHeld = round.stream().allMatch(x -> x.status() == FollowUp.Status.DONE
                && x.outcome() == FollowUp.Outcome.HELD);
        if (!allHeld) {
            return;
        }
        if (!f.ofCase()) {
            if (followUps.settle(f.subject(), f.closedAt(), now, f.jurisdictionPath())) {
                events.publishEvent(new SubjectSettled(f.subject().kind(), f.subject().id(), f.subject().number(),
                        f.closedAt(), now, round.size()));
            }
            return;
        }
        if (followUps.settle(f.caseId(), f.closedAt(), now, f.jurisdictionPath())) {
            events.publishEvent(new CaseSettled(new CaseId(f.caseId()), f.caseNumber(), now, f.closedAt(),
                    f.category(), f.jurisdictionPath(), round.size()));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "casework.error.required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "casework.followup.badValue", value.length() > 20 ? value.substring(0, 20)
                    : value);
        }
    }
}
