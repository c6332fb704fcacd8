package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Escalation on the pages: the ladder panel on the case page (whistle for the reporter, 报到 for a called unit), the
 * reporter's whistle on the public tracking page, and the admins' ladder page with per-rung figures.
 */
@Controller
class EscalationPages {

    private final Whistles whistles;
    private final EscalationViews views;
    private final EscalationLadders ladders;
    private final CaseEscalations escalations;
    private final CaseHandling handling;
    private final Cases cases;
    private final Units units;
    private final CurrentActor actors;

    EscalationPages(Whistles whistles, EscalationViews views, EscalationLadders ladders, CaseEscalations escalations,
            CaseHandling handling, Cases cases, Units units, CurrentActor actors) {
        this.whistles = whistles;
        this.views = views;
        this.ladders = ladders;
        this.escalations = escalations;
        this.handling = handling;
        this.cases = cases;
        this.units = units;
        this.actors = actors;
    }

    @GetMapping("/casework/cases/{id}/escalation")
    String panel(@PathVariable UUID id, Model model) {
        Actor actor = actors.get();
        Case c = handling.get(new CaseId(id), actor);
        boolean reporter = actor.personId() != null && actor.personId().equals(c.draft().reporter().personId());
        model.addAttribute("caseId", id);
        model.addAttribute("esc", views.of(c, actor, reporter, Instant.now()).orElse(null));
        return "casework/escalation :: panel";
    }

    @PostMapping("/casework/cases/{id}/escalation/whistle")
    String whistle(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = actors.get();
        handling.get(new CaseId(id), actor);
        whistles.byReporter(new CaseId(id), actor, Instant.now());
        flash.addFlashAttribute("done", "casework.action.ESCALATE");
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/casework/cases/{id}/escalation/arrive")
    String arrive(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = actors.get();
        handling.get(new CaseId(id), actor);
        whistles.arrive(new CaseId(id), actor, Instant.now());
        flash.addFlashAttribute("done", "casework.escalation.arrive");
        return "redirect:/casework/cases/" + id;
    }

    /** The ladder panel of the tracking page; the number and lookup code prove the reporter. */
    @PostMapping("/track/escalation")
    String trackPanel(@RequestParam String number, @RequestParam String code, Model model) {
        Case c = cases.tracked(number, code);
        model.addAttribute("esc", views.of(c, null, true, Instant.now()).orElse(null));
        model.addAttribute("number", c.number());
        model.addAttribute("code", code);
        return "casework/escalation :: tracked";
    }

    @PostMapping("/track/whistle")
    String trackWhistle(@RequestParam String number, @RequestParam String code, Model model) {
        Case c = cases.tracked(number, code);
        CaseEscalated e = whistles.byTracker(c, Instant.now());
        model.addAttribute("whistled", e);
        return trackPanelPage(c, code, model);
    }

    private String trackPanelPage(Case c, String code, Model model) {
        model.addAttribute("esc", views.of(cases.find(c.id()).orElseThrow(), null, true, Instant.now()).orElse(null));
        model.addAttribute("number", c.number());
        model.addAttribute("code", code);
        return "casework/whistled";
    }

    @GetMapping("/casework/ladders")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','AUDITOR')")
    String ladders(Model model) {
        List<EscalationLadder> all = ladders.all();
        model.addAttribute("ladders", all);
        model.addAttribute("figures", all.stream().collect(java.util.stream.Collectors.toMap(EscalationLadder::id,
                l -> escalations.figures(l.id()))));
        model.addAttribute("units", units.active());
        model.addAttribute("unitNames", units.all().stream().collect(java.util.stream.Collectors.toMap(
                org.fengqiao.org.Unit::id, org.fengqiao.org.Unit::name)));
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("partyKinds", EscalationLadder.PartyKind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("limitUnits", Limit.Unit.values());
        model.addAttribute("mayEdit", actors.get().has(org.fengqiao.org.Role.ADMIN));
        return "casework/ladders";
    }

    /** Adds or replaces a category's ladder from the form's rung rows (rows without a label are left out). */
    @PostMapping("/casework/ladders")
    @PreAuthorize("hasRole('ADMIN')")
    String saveLadder(@RequestParam String category, @RequestParam String name,
            @RequestParam(required = false) List<String> label, @RequestParam(required = false) List<String> party,
            @RequestParam(required = false) List<String> unit, @RequestParam(required = false) List<String> unitKind,
            @RequestParam(required = false) List<String> waitAmount,
            @RequestParam(required = false) List<String> waitUnit) {
        List<EscalationApi.RungInput> rungs = new ArrayList<>();
        int rows = label == null ? 0 : label.size();
        for (int i = 0; i < rows; i++) {
            if (label.get(i) == null || label.get(i).isBlank()) {
                continue;
            }
            int position = rungs.size() + 1;
            rungs.add(new EscalationApi.RungInput(label.get(i), parse(EscalationLadder.PartyKind.class, party, i,
                    "rungs[" + position + "].party"), at(unit, i), parse(UnitKind.class, unitKind, i, null),
                    amount(waitAmount, i, position), parse(Limit.Unit.class, waitUnit, i,
                    "rungs[" + position + "].waitUnit")));
        }
        if (rungs.isEmpty()) {
            throw new org.fengqiao.shared.InvalidInput("rungs", "casework.escalation.rungCount",
                    EscalationLadder.MOST_RUNGS);
        }
        Actor actor = actors.get();
        ladders.save(EscalationApi.ladder(category, new EscalationApi.LadderInput(name, rungs), units),
                actor.displayName(), Instant.now());
        return "redirect:/casework/ladders?saved";
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null && !values.get(i).isBlank()
                ? values.get(i) : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, List<String> values, int i, String field) {
        String v = at(values, i);
        if (v == null) {
            if (field != null) {
                throw new org.fengqiao.shared.InvalidInput(field, "casework.error.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.fengqiao.shared.InvalidInput(field == null ? "unitKind" : field, "casework.error.required");
        }
    }

    private static int amount(List<String> values, int i, int position) {
        try {
            return Integer.parseInt(at(values, i) == null ? "" : at(values, i).strip());
        } catch (NumberFormatException e) {
            throw new org.fengqiao.shared.InvalidInput("rungs[" + position + "].waitAmount", "casework.limit.amount",
                    Limit.LARGEST);
        }
    }
}
