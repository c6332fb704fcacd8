package org.fengqiao.casework;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Time-limit pages: the clock panel of a case (loaded into the case page, refreshed every minute), its pause,
 * extension and class forms, the admins' policy page, and the overdue ledger (逾期台账) with fast-track figures.
 */
@Controller
@RequestMapping("/casework")
class ClockPages {

    private final TimeLimits limits;
    private final ClockControl control;
    private final CaseHandling handling;
    private final CaseClocks clocks;
    private final TimeLimitPolicies policies;
    private final OverdueLedger ledger;
    private final FastTrackStatistics fastTrack;
    private final Units units;
    private final CurrentActor actors;

    ClockPages(TimeLimits limits, ClockControl control, CaseHandling handling, CaseClocks clocks,
            TimeLimitPolicies policies, OverdueLedger ledger, FastTrackStatistics fastTrack, Units units,
            CurrentActor actors) {
        this.limits = limits;
        this.control = control;
        this.handling = handling;
        this.clocks = clocks;
        this.policies = policies;
        this.ledger = ledger;
        this.fastTrack = fastTrack;
        this.units = units;
        this.actors = actors;
    }

    @GetMapping("/cases/{id}/clock")
    String panel(@PathVariable UUID id, Model model) {
        Actor actor = actors.get();
        Case c = handling.get(new CaseId(id), actor);
        model.addAttribute("caseId", id);
        model.addAttribute("version", c.version());
        model.addAttribute("clock", limits.snapshot(id, Instant.now()));
        model.addAttribute("log", clocks.log(id));
        boolean staff = !actor.has(Role.AUDITOR) || actor.roles().size() > 1;
        boolean lead = actor.hasAny(Role.HANDLER, Role.HEAD) && actor.memberOf(c.leadUnitId());
        boolean dispatcher = actor.hasAny(Role.DISPATCHER, Role.ADMIN) && actor.covers(c.draft().jurisdictionPath());
        model.addAttribute("mayPause", staff && (lead || dispatcher) && TimeLimits.UNIT_WORKING.contains(c.status()));
        model.addAttribute("mayDecide", actor.has(Role.HEAD) && actor.memberOf(c.leadUnitId()));
        model.addAttribute("mayClassify", dispatcher);
        model.addAttribute("urgencies", Urgency.values());
        return "casework/clock :: panel";
    }

    @PostMapping("/cases/{id}/clock/pause")
    String pause(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        control.pause(new CaseId(id), version, reason, actors.get(), Instant.now());
        return done(id, "casework.clock.PAUSE", flash);
    }

    @PostMapping("/cases/{id}/clock/resume")
    String resume(@PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
        control.resume(new CaseId(id), version, actors.get(), Instant.now());
        return done(id, "casework.clock.RESUME", flash);
    }

    @PostMapping("/cases/{id}/clock/extensions")
    String requestExtension(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) Integer amount, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        control.requestExtension(new CaseId(id), version, amount, reason, actors.get(), Instant.now());
        return done(id, "casework.clock.EXTENSION_REQUESTED", flash);
    }

    @PostMapping("/cases/{id}/clock/extensions/{extension}")
    String decide(@PathVariable UUID id, @PathVariable UUID extension, @RequestParam long version,
            @RequestParam boolean approve, RedirectAttributes flash) {
        control.decideExtension(new CaseId(id), extension, version, approve, actors.get(), Instant.now());
        return done(id, approve ? "casework.clock.EXTENSION_APPROVED" : "casework.clock.EXTENSION_REFUSED", flash);
    }

    @PostMapping("/cases/{id}/clock/classify")
    String classify(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) Urgency urgency,
            @RequestParam(defaultValue = "false") boolean fastTrack, RedirectAttributes flash) {
        control.classify(new CaseId(id), version, urgency, fastTrack, actors.get(), Instant.now());
        return done(id, "casework.clock.CLASSIFY", flash);
    }

    private static String done(UUID id, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("done", key);
        return "redirect:/casework/cases/" + id;
    }

    @GetMapping("/time-limits")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','AUDITOR')")
    String policies(Model model) {
        model.addAttribute("policies", policies.all());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("limitUnits", Limit.Unit.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("responseCandidates", TimeLimitPolicy.RESPONSE_CANDIDATES);
        model.addAttribute("mayEdit", actors.get().has(Role.ADMIN));
        return "casework/time-limits";
    }

    /** Adds or replaces the policy of one class; any bad amount, unit or response action is a 422, nothing saved. */
    @PostMapping("/time-limits")
    @PreAuthorize("hasRole('ADMIN')")
    String savePolicy(@RequestParam(required = false) String category, @RequestParam(required = false) Urgency urgency,
            @RequestParam(defaultValue = "false") boolean fastTrack, @RequestParam Map<String, String> form,
            @RequestParam(required = false) Set<Action> responses) {
        Map<Phase, Limit> limitsByPhase = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            limitsByPhase.put(p, PolicyForm.limit(form, p));
        }
        Category cat = category == null || category.isBlank() || "*".equals(category) ? null
                : PolicyForm.category(category);
        policies.save(new TimeLimitPolicy(cat, urgency, fastTrack, limitsByPhase, responses),
                actors.get().displayName());
        return "redirect:/casework/time-limits?saved";
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','AUDITOR','HEAD','HANDLER','OFFICER')")
    String overdue(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = actors.get();
        Instant now = Instant.now();
        int p = Math.max(0, page);
        long total = ledger.count(actor, now, unit);
        model.addAttribute("perUnit", ledger.perUnit(actor, now));
        model.addAttribute("entries", ledger.entries(actor, now, unit, p * 20, 20));
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + 19) / 20));
        model.addAttribute("unit", unit);
        model.addAttribute("units", units.active());
        model.addAttribute("fastTrack", fastTrack.of(actor));
        return "casework/overdue";
    }
}
