package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consultation panel of the case page and its forms: convene, minutes, tasks, task done. */
@Controller
class ConsultationPages {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    private final JointConsultation consultation;
    private final Consultations consultations;
    private final CaseHandling handling;
    private final Units units;
    private final CurrentActor actors;

    ConsultationPages(JointConsultation consultation, Consultations consultations, CaseHandling handling, Units units,
            CurrentActor actors) {
        this.consultation = consultation;
        this.consultations = consultations;
        this.handling = handling;
        this.units = units;
        this.actors = actors;
    }

    @GetMapping("/casework/cases/{id}/consultations")
    String panel(@PathVariable UUID id, Model model) {
        Actor actor = actors.get();
        Case c = handling.get(new CaseId(id), actor);
        model.addAttribute("caseId", id);
        model.addAttribute("consultations", consultations.ofCase(id));
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
        model.addAttribute("unitCodes", units.all().stream().collect(Collectors.toMap(Unit::id, Unit::code)));
        model.addAttribute("units", units.active());
        model.addAttribute("myUnits", actor.unitIds());
        model.addAttribute("mayConvene", (actor.hasAny(Role.DISPATCHER, Role.ADMIN)
                && actor.covers(c.draft().jurisdictionPath())) || (actor.has(Role.HEAD) && actor.memberOf(c.leadUnitId())));
        return "casework/consultations :: panel";
    }

    @PostMapping("/casework/cases/{id}/consultations")
    String convene(@PathVariable UUID id, @RequestParam(required = false) List<String> units,
            @RequestParam(required = false) String meetsAt, @RequestParam(required = false) String place,
            @RequestParam(required = false) String onlineLink) {
        consultation.convene(new CaseId(id), units, at(meetsAt, "meetsAt"), place, onlineLink, actors.get(),
                Instant.now());
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/casework/consultations/{cid}/minutes")
    String record(@PathVariable UUID cid, @RequestParam(required = false) List<String> attended,
            @RequestParam(required = false) String minutes, @RequestParam(required = false) String decisions) {
        consultation.record(cid, attended, minutes, decisions, actors.get(), Instant.now());
        return "redirect:/casework/cases/" + consultations.find(cid).orElseThrow().caseId();
    }

    @PostMapping("/casework/consultations/{cid}/tasks")
    String task(@PathVariable UUID cid, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String description, @RequestParam(required = false) String due) {
        consultation.addTask(cid, unit, description, at(due, "due"), actors.get(), Instant.now());
        return "redirect:/casework/cases/" + consultations.find(cid).orElseThrow().caseId();
    }

    @PostMapping("/casework/consultation-tasks/{tid}/done")
    String done(@PathVariable UUID tid, @RequestParam(required = false) String note) {
        consultation.complete(tid, note, actors.get(), Instant.now());
        return "redirect:/casework/cases/" + consultations.task(tid).orElseThrow().caseId();
    }

    /** A {@code datetime-local} value in Asia/Shanghai. */
    private static Instant at(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "casework.error.required");
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(field, "casework.consultation.dateTime");
        }
    }
}
