package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.Person;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Duty roster pages: who is on duty in each unit, and a unit's rotation, swaps and handover notes. */
@Controller
@RequestMapping("/duty")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR')")
class DutyPages {

    private static final int SHOWN_TURNS = 8;

    private final RosterEditing editing;
    private final DutyRosters rosters;
    private final DutyRoster roster;
    private final Units units;
    private final CurrentActor current;

    DutyPages(RosterEditing editing, DutyRosters rosters, DutyRoster roster, Units units, CurrentActor current) {
        this.editing = editing;
        this.rosters = rosters;
        this.roster = roster;
        this.units = units;
        this.current = current;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = current.get();
        List<Unit> visible = units.active().stream().filter(u -> editing.mayView(actor, u)).toList();
        model.addAttribute("units", visible);
        model.addAttribute("onDuty", visible.stream().flatMap(u -> roster.onDutyNow(u.id()).stream())
                .collect(Collectors.toMap(d -> d.unitId(), Function.identity())));
        return "roster/list";
    }

    @GetMapping("/{unitId}")
    String unit(@PathVariable UUID unitId, Model model) {
        Actor actor = current.get();
        Unit unit = editing.unit(unitId);
        if (!editing.mayView(actor, unit)) {
            throw new Forbidden("roster.forbidden");
        }
        List<Person> people = editing.unitPeople(unitId);
        var rotation = rosters.find(unitId);
        LocalDate today = LocalDate.now(ZoneId.of(FengqiaoApplication.ZONE));
        model.addAttribute("unit", unit);
        model.addAttribute("people", people);
        model.addAttribute("names", people.stream().collect(Collectors.toMap(Person::id, Person::displayName)));
        model.addAttribute("rotation", rotation.orElse(null));
        model.addAttribute("turns", rotation.map(r -> r.upcoming(today, SHOWN_TURNS)).orElse(List.of()));
        model.addAttribute("onDuty", roster.onDuty(unitId, today).orElse(null));
        model.addAttribute("handovers", rosters.handovers(unitId, 20));
        model.addAttribute("canEdit", editing.mayEdit(actor, unit));
        model.addAttribute("canNote", editing.mayEdit(actor, unit) || actor.memberOf(unitId));
        model.addAttribute("today", today);
        return "roster/unit";
    }

    @PostMapping("/{unitId}/rotation")
    String configure(@PathVariable UUID unitId, @RequestParam(name = "members", required = false) List<String> members,
            @RequestParam int period, @RequestParam(defaultValue = "WEEKS") String periodUnit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn) {
        List<UUID> chosen = members == null ? List.of()
                : members.stream().filter(s -> !s.isBlank()).map(DutyPages::personId).toList();
        int days = "DAYS".equals(periodUnit) ? period : period * 7;
        editing.configure(current.get(), unitId, chosen, days, startsOn);
        return "redirect:/duty/" + unitId + "?saved";
    }

    @PostMapping("/{unitId}/swaps")
    String swap(@PathVariable UUID unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam UUID personId, @RequestParam(defaultValue = "") String reason) {
        editing.swap(current.get(), unitId, startsOn, endsOn, personId, reason);
        return "redirect:/duty/" + unitId + "?saved";
    }

    @PostMapping("/{unitId}/swaps/{swapId}/delete")
    String removeSwap(@PathVariable UUID unitId, @PathVariable UUID swapId) {
        editing.removeSwap(current.get(), unitId, swapId);
        return "redirect:/duty/" + unitId + "?saved";
    }

    @PostMapping("/{unitId}/handovers")
    String handover(@PathVariable UUID unitId, @RequestParam(defaultValue = "") String note) {
        editing.handover(current.get(), unitId, note);
        return "redirect:/duty/" + unitId + "?saved";
    }


    private static UUID personId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("members", "roster.members.notInUnit", text);
        }
    }
}
