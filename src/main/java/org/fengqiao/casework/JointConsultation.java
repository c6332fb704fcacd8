package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint consultations (联席会商) on a case: convened by the dispatcher or the lead unit's head with the units invited,
 * a time and a place or an online link; then attendance, minutes, decisions and follow-up tasks per unit with their
 * own deadlines. While any task is open the case cannot be resolved: the resolve command fails with 422 naming them.
 */
@Service
class JointConsultation {

    static final int LONGEST_TEXT = 5000;
    private static final Set<CaseStatus> FINAL = EnumSet.of(CaseStatus.CLOSED, CaseStatus.CANCELLED,
            CaseStatus.REJECTED);

    private final Consultations consultations;
    private final CaseHandling handling;
    private final Units units;

    JointConsultation(Consultations consultations, CaseHandling handling, Units units) {
        this.consultations = consultations;
        this.handling = handling;
        this.units = units;
    }

    @Transactional
    UUID convene(CaseId id, List<String> unitCodes, Instant meetsAt, String place, String link, Actor actor,
            Instant now) {
        Case c = handling.get(id, actor);
        requireConvener(c, actor);
        if (FINAL.contains(c.status())) {
            throw new EscalationRefused(org.fengqiao.shared.DomainException.Kind.CONFLICT,
                    "casework.consultation.final");
        }
        List<UUID> invited = unitIds(unitCodes, "units");
        if (invited.size() < 2) {
            throw new InvalidInput("units", "casework.consultation.twoUnits");
        }
        if (meetsAt == null) {
            throw new InvalidInput("meetsAt", "casework.error.required");
        }
        String where = text(place, "place", 200);
        String online = text(link, "onlineLink", 400);
        if (online != null && !online.matches("(?i)https?://\\S+")) {
            throw new InvalidInput("onlineLink", "casework.consultation.link");
        }
        if (where == null && online == null) {
            throw new InvalidInput("place", "casework.consultation.where");
        }
        UUID cid = UUID.randomUUID();
        consultations.add(cid, id.value(), meetsAt, where, online, invited, actor.displayName(), now);
        return cid;
    }

    @Transactional
    void record(UUID consultationId, List<String> attended, String minutes, String decisions, Actor actor,
            Instant now) {
        Consultations.Consultation k = consultation(consultationId);
        requireConvener(handling.get(new CaseId(k.caseId()), actor), actor);
        List<UUID> present = attended == null ? List.of() : unitIds(attended, "attended");
        if (present.stream().anyMatch(u -> k.units().stream().noneMatch(i -> i.unitId().equals(u)))) {
            throw new InvalidInput("attended", "casework.consultation.notInvited");
        }
        String text = text(minutes, "minutes", LONGEST_TEXT);
        if (text == null) {
            throw new InvalidInput("minutes", "casework.error.required");
        }
        consultations.record(consultationId, present, text, text(decisions, "decisions", LONGEST_TEXT), now);
    }

    @Transactional
    UUID addTask(UUID consultationId, String unitCode, String description, Instant due, Actor actor, Instant now) {
        Consultations.Consultation k = consultation(consultationId);
        requireConvener(handling.get(new CaseId(k.caseId()), actor), actor);
        UUID unit = unitIds(List.of(unitCode == null ? "" : unitCode), "unit").get(0);
        String what = text(description, "description", 1000);
        if (what == null) {
            throw new InvalidInput("description", "casework.error.required");
        }
        if (due == null || !due.isAfter(now)) {
            throw new InvalidInput("due", "casework.consultation.dueInFuture");
        }
        UUID tid = UUID.randomUUID();
        consultations.addTask(new Consultations.Task(tid, consultationId, k.caseId(), unit, what, due, null, null,
                null));
        return tid;
    }

    /** Staff of the task's unit report it done. */
    @Transactional
    void complete(UUID taskId, String note, Actor actor, Instant now) {
        Consultations.Task t = consultations.task(taskId).orElseThrow(() -> new NotFound("task", taskId));
        if (!(actor.hasAny(Role.HANDLER, Role.HEAD, Role.OFFICER) && actor.memberOf(t.unitId()))) {
            throw new Forbidden("casework.consultation.notTaskUnit");
        }
        if (!consultations.done(taskId, actor.displayName(), text(note, "note", 1000), now)) {
            throw new EscalationRefused(org.fengqiao.shared.DomainException.Kind.CONFLICT,
                    "casework.consultation.taskDone");
        }
    }

    /** Resolving a case with open consultation tasks is refused, and the command that tried rolls back. */
    @EventListener
    void on(CaseResolved resolved) {
        List<Consultations.Task> open = consultations.openTasks(resolved.caseId().value());
        if (!open.isEmpty()) {
            List<String> names = new ArrayList<>();
            open.forEach(t -> names.add(units.find(t.unitId()).map(Unit::name).orElse("?") + "：" + t.description()));
            throw new InvalidInput("tasks", "casework.consultation.openTasks", open.size(), String.join("；", names));
        }
    }

    private void requireConvener(Case c, Actor actor) {
        boolean dispatcher = actor.hasAny(Role.DISPATCHER, Role.ADMIN) && actor.covers(c.draft().jurisdictionPath());
        boolean head = actor.has(Role.HEAD) && actor.memberOf(c.leadUnitId());
        if (!dispatcher && !head) {
            throw new Forbidden("casework.consultation.onlyConvener");
        }
    }

    private Consultations.Consultation consultation(UUID id) {
        return consultations.find(id).orElseThrow(() -> new NotFound("consultation", id));
    }

    private List<UUID> unitIds(List<String> codes, String field) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInput(field, "casework.error.required");
        }
        return codes.stream().map(String::strip).distinct().map(code -> units.findByCode(code).filter(Unit::active)
                .map(Unit::id).orElseThrow(() -> new InvalidInput(field, "casework.error.unit", code))).toList();
    }

    private static String text(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > max) {
            throw new InvalidInput(field, "casework.error.tooLong", max);
        }
        return s.strip();
    }
}
