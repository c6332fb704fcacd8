package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.Unit;
import org.fengqiao.shared.Forbidden;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Duty rosters for machine clients: who is on duty, and the rotation and swaps of a unit. */
@RestController
@RequestMapping("/api/v1/units/{unitId}")
class DutyApi {

    record RotationRequest(@NotNull List<UUID> members, @NotNull Integer periodDays, @NotNull LocalDate startsOn) {
    }

    record SwapRequest(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull UUID personId,
            String reason) {
    }

    private final RosterEditing editing;
    private final DutyRoster roster;
    private final DutyRosters rosters;
    private final CurrentActor current;

    DutyApi(RosterEditing editing, DutyRoster roster, DutyRosters rosters, CurrentActor current) {
        this.editing = editing;
        this.roster = roster;
        this.rosters = rosters;
        this.current = current;
    }

    @GetMapping("/duty")
    Map<String, Object> onDuty(@PathVariable UUID unitId, @RequestParam(required = false) LocalDate date) {
        Unit unit = viewable(unitId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unit.id());
        body.put("date", date);
        (date == null ? roster.onDutyNow(unitId) : roster.onDuty(unitId, date)).ifPresent(d -> body.put("onDuty", d));
        return body;
    }

    @GetMapping("/duty-roster")
    Rotation rotation(@PathVariable UUID unitId) {
        viewable(unitId);
        return rosters.find(unitId).orElseThrow(() -> new org.fengqiao.shared.NotFound("roster", unitId));
    }

    @PutMapping("/duty-roster")
    Rotation configure(@PathVariable UUID unitId, @Valid @RequestBody RotationRequest r) {
        return editing.configure(current.get(), unitId, r.members(), r.periodDays(), r.startsOn());
    }

    @PostMapping("/duty-swaps")
    @ResponseStatus(HttpStatus.CREATED)
    Swap swap(@PathVariable UUID unitId, @Valid @RequestBody SwapRequest r) {
        return editing.swap(current.get(), unitId, r.startsOn(), r.endsOn(), r.personId(), r.reason());
    }

    private Unit viewable(UUID unitId) {
        Unit unit = editing.unit(unitId);
        if (!editing.mayView(current.get(), unit)) {
            throw new Forbidden("roster.forbidden");
        }
        return unit;
    }
}
