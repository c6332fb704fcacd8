package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation ladder over REST: a case's position and log, the reporter's whistle (吹哨), a called party's
 * arrival (报到), and the ladders themselves (admins edit them).
 */
@RestController
class EscalationApi {

    /** A whistle that blew. */
    record Whistled(int rung, String label, UUID partyUnitId, Instant at) {
    }

    record Arrived(int rung, String label, Instant at) {
    }

    record RungInput(@NotBlank @Size(max = 100) String label, @NotNull EscalationLadder.PartyKind party,
            @Size(max = 16) String unit, UnitKind unitKind, int waitAmount, @NotNull Limit.Unit waitUnit) {
    }

    record LadderInput(@NotBlank @Size(max = 100) String name, @NotNull @Size(min = 1, max = 6) List<@Valid RungInput> rungs) {
    }

    private final Whistles whistles;
    private final EscalationViews views;
    private final EscalationLadders ladders;
    private final CaseHandling handling;
    private final Units units;
    private final CurrentActor actors;

    EscalationApi(Whistles whistles, EscalationViews views, EscalationLadders ladders, CaseHandling handling,
            Units units, CurrentActor actors) {
        this.whistles = whistles;
        this.views = views;
        this.ladders = ladders;
        this.handling = handling;
        this.units = units;
        this.actors = actors;
    }

    @GetMapping("/api/v1/cases/{id}/escalation")
    EscalationView escalation(@PathVariable UUID id) {
        Actor actor = actors.get();
        Case c = handling.get(new CaseId(id), actor);
        boolean reporter = actor.personId() != null && actor.personId().equals(c.draft().reporter().personId());
        return views.of(c, actor, reporter, Instant.now()).orElseThrow(() -> new NotFound("escalation", id));
    }

    @PostMapping("/api/v1/cases/{id}/escalation/whistle")
    Whistled whistle(@PathVariable UUID id) {
        Actor actor = actors.get();
        handling.get(new CaseId(id), actor);
        CaseEscalated e = whistles.byReporter(new CaseId(id), actor, Instant.now());
        return new Whistled(e.rung(), e.label(), e.partyUnitId(), e.at());
    }

    @PostMapping("/api/v1/cases/{id}/escalation/arrive")
    Arrived arrive(@PathVariable UUID id) {
        Actor actor = actors.get();
        handling.get(new CaseId(id), actor);
        CaseEscalations.Entry e = whistles.arrive(new CaseId(id), actor, Instant.now());
        return new Arrived(e.rung(), e.label(), e.at());
    }

    @GetMapping("/api/v1/escalation-ladders")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','AUDITOR')")
    List<EscalationLadder> ladders() {
        return ladders.all();
    }

    /** Adds or replaces the ladder of a category ({@code *}: every category without its own); 422 names the field. */
    @PutMapping("/api/v1/escalation-ladders/{category}")
    @PreAuthorize("hasRole('ADMIN')")
    EscalationLadder save(@PathVariable String category, @Valid @RequestBody LadderInput body) {
        return ladders.save(ladder(category, body, units), actors.get().displayName(), Instant.now());
    }

    static EscalationLadder ladder(String category, LadderInput body, Units units) {
        String cat = "*".equals(category) ? "*" : java.util.Arrays.stream(Category.values())
                .filter(c -> c.name().equals(category)).findFirst().map(Category::name)
                .orElseThrow(() -> new InvalidInput("category", "casework.escalation.category", category));
        List<EscalationLadder.Rung> rungs = new java.util.ArrayList<>();
        for (int i = 0; i < body.rungs().size(); i++) {
            RungInput r = body.rungs().get(i);
            int position = i + 1;
            UUID unit = null;
            if (r.party() == EscalationLadder.PartyKind.UNIT) {
                unit = units.findByCode(r.unit() == null ? "" : r.unit().strip())
                        .orElseThrow(() -> new InvalidInput("rungs[" + position + "].unit", "casework.error.unit",
                                r.unit())).id();
            }
            Limit wait;
            try {
                wait = new Limit(r.waitAmount(), r.waitUnit());
            } catch (InvalidInput e) {
                throw new InvalidInput("rungs[" + position + "].waitAmount", "casework.limit.amount", Limit.LARGEST);
            }
            rungs.add(new EscalationLadder.Rung(position, r.label(), r.party(), unit,
                    r.party() == EscalationLadder.PartyKind.UNIT_KIND ? r.unitKind() : null, wait));
        }
        return new EscalationLadder(UUID.randomUUID(), cat, body.name(), rungs);
    }
}
