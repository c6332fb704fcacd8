package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.instant;
import static org.fengqiao.casework.Cases.ts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.org.WorkingCalendar;
import org.fengqiao.shared.DomainException.Kind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder's last word: once the case stands on the top rung, a db-scheduler timer waits for that rung's limit;
 * if the case is still being worked on then, a joint consultation is proposed (once per stay on the top rung), the
 * command room and the lead unit are notified, and one click convenes it with the units already on the case.
 */
@Service
class ConsultationProposals {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("casework-consultation-proposal", String.class);
    private static final Set<CaseStatus> WORKING = EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.RETURNED,
            CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS);
    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A proposal; {@code consultationId} once convened. */
    record Proposal(UUID caseId, Instant since, int rung, Instant proposedAt, UUID consultationId, String convenedBy,
            Instant convenedAt) {
    }

    private final CaseEscalations escalations;
    private final EscalationLadders ladders;
    private final Whistles whistles;
    private final Cases cases;
    private final JointConsultation consultation;
    private final CaseHandling handling;
    private final Units units;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final JdbcClient jdbc;

    ConsultationProposals(CaseEscalations escalations, EscalationLadders ladders, Whistles whistles, Cases cases,
            JointConsultation consultation, CaseHandling handling, Units units, WorkingCalendar calendar, MessageSource messages,
            ApplicationEventPublisher events, ObjectProvider<SchedulerClient> scheduler, JdbcClient jdbc) {
        this.escalations = escalations;
        this.ladders = ladders;
        this.whistles = whistles;
        this.cases = cases;
        this.consultation = consultation;
        this.handling = handling;
        this.units = units;
        this.calendar = calendar;
        this.messages = messages;
        this.events = events;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    /** When the top rung's limit runs out for this case, if it stands on the top rung. */
    Optional<Instant> due(UUID caseId) {
        return escalations.find(caseId).flatMap(p -> ladders.find(p.ladderId()).flatMap(l -> {
            if (p.rung() == 0 || p.rung() != l.rungs().size()) {
                return Optional.empty();
            }
            UUID lead = cases.find(new CaseId(caseId)).map(Case::leadUnitId).orElse(null);
            return Optional.of(whistles.due(l.rung(p.rung()).orElseThrow(), p, lead));
        }));
    }

    /** Sets (or moves) the case's proposal timer when it stands on the top rung. */
    void plan(UUID caseId) {
        due(caseId).ifPresent(at -> {
            try {
                scheduler.getObject().schedule(new TaskInstance<>(TASK.getTaskName(), caseId.toString(),
                        caseId.toString()), at, SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
            } catch (TaskInstanceCurrentlyExecutingException running) {
                // it decides for itself, under the position's lock
            }
        });
    }

    void stopped(UUID caseId) {
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND NOT picked")
                .params(TASK.getTaskName(), caseId.toString()).update();
    }

    /** The timer: proposes once if the top rung ran out and the case is still being worked on; false otherwise. */
    @Transactional
    boolean fire(UUID caseId, Instant now) {
        Optional<CaseEscalations.Position> p = escalations.lock(caseId);
        Optional<Instant> due = due(caseId);
        Case c = cases.find(new CaseId(caseId)).orElse(null);
        if (p.isEmpty() || due.isEmpty() || c == null || !WORKING.contains(c.status())) {
            return false;
        }
        if (due.get().isAfter(now)) {
            plan(caseId);
            return false;
        }
        boolean convenedSince = jdbc.sql("SELECT count(*) FROM consultation WHERE case_id = ? AND convened_at >= ?")
                .params(caseId, ts(p.get().since())).query(Long.class).single() > 0;
        if (convenedSince || jdbc.sql("""
                INSERT INTO consultation_proposal (case_id, since, rung, proposed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(caseId, ts(p.get().since()), p.get().rung(), ts(now)).update() == 0) {
            return false;
        }
        events.publishEvent(new ConsultationProposed(c.id(), c.number(), now, p.get().rung(), notice(c)));
        return true;
    }

    /** The case's proposal waiting to be convened, if any. */
    Optional<Proposal> open(UUID caseId) {
        return jdbc.sql("SELECT * FROM consultation_proposal WHERE case_id = ? AND consultation_id IS NULL"
                + " ORDER BY since DESC LIMIT 1").param(caseId).query((rs, i) -> new Proposal(
                        rs.getObject("case_id", UUID.class), instant(rs.getTimestamp("since")), rs.getInt("rung"),
                        instant(rs.getTimestamp("proposed_at")), rs.getObject("consultation_id", UUID.class),
                        rs.getString("convened_by"), instant(rs.getTimestamp("convened_at"))))
                .optional();
    }

    /**
     * One click: convenes the proposed consultation with the lead and co-handling units (the command room joins when
     * that makes fewer than two) at the start of the next working day, in the command room; the consultation's own
     * rules decide who may convene (the dispatcher or the lead unit's head).
     */
    @Transactional
    UUID convene(CaseId id, Actor actor, Instant now) {
        handling.get(id, actor);
        Proposal proposal = open(id.value()).orElseThrow(() -> new EscalationRefused(Kind.CONFLICT,
                "casework.proposal.none"));
        Case c = cases.find(id).orElseThrow();
        Set<UUID> invited = new LinkedHashSet<>();
        if (c.leadUnitId() != null) {
            invited.add(c.leadUnitId());
        }
        invited.addAll(c.coUnitIds());
        UUID room = commandRoom(c.draft().jurisdictionPath());
        if (invited.size() < 2 && room != null) {
            invited.add(room);
        }
        List<String> codes = new ArrayList<>();
        invited.forEach(u -> units.find(u).map(Unit::code).ifPresent(codes::add));
        Instant meetsAt = calendar.addWorkingHours(LocalDate.ofInstant(now, ZONE).plusDays(1).atStartOfDay(ZONE)
                .toInstant(), Duration.ZERO, c.leadUnitId());
        UUID convened = consultation.convene(id, codes, meetsAt,
                messages.getMessage("casework.proposal.place", null, ZH), null, actor, now);
        jdbc.sql("""
                UPDATE consultation_proposal SET consultation_id = ?, convened_by = ?, convened_at = ?
                WHERE case_id = ? AND since = ?""")
                .params(convened, actor.displayName(), ts(now), id.value(), ts(proposal.since())).update();
        return convened;
    }

    private Notice notice(Case c) {
        Set<UUID> to = new LinkedHashSet<>();
        UUID room = commandRoom(c.draft().jurisdictionPath());
        if (room != null) {
            to.add(room);
        }
        if (c.leadUnitId() != null) {
            to.add(c.leadUnitId());
        }
        String title = messages.getMessage("casework.proposal.notice.title", new Object[] {c.number()}, ZH);
        String body = messages.getMessage("casework.proposal.notice.body", new Object[] {c.number(),
                c.draft().title()}, ZH);
        return new Notice(Set.of(), to, title, body, "/casework/cases/" + c.id().value(), true);
    }

    /** The command room whose jurisdiction holds the case (the deepest), or null. */
    private UUID commandRoom(String path) {
        return units.active().stream().filter(u -> u.kind() == UnitKind.COMMAND_ROOM)
                .filter(u -> u.jurisdictionPath() != null && path.startsWith(u.jurisdictionPath()))
                .max(Comparator.comparingInt(u -> u.jurisdictionPath().length())).map(Unit::id).orElse(null);
    }
}
