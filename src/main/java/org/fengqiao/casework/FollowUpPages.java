package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.Masking;
import org.fengqiao.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up (回访) pages: the list for the unit that must call or visit (filter, sort, paging, a form per open
 * follow-up, usable on a phone), the panel on the case page, and the admins' page of dispute categories.
 */
@Controller
class FollowUpPages {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    /** List filters from the query string. */
    record Filter(FollowUp.Status status, Category category, String sort, Integer page) {
    }

    private final FollowUps followUps;
    private final FollowUpRecording recording;
    private final FollowUpPolicies policies;
    private final CaseHandling handling;
    private final CurrentActor actors;

    FollowUpPages(FollowUps followUps, FollowUpRecording recording, FollowUpPolicies policies, CaseHandling handling,
            CurrentActor actors) {
        this.followUps = followUps;
        this.recording = recording;
        this.policies = policies;
        this.handling = handling;
        this.actors = actors;
    }

    @GetMapping("/casework/follow-ups")
    String list(Filter f, Model model) {
        Actor actor = actors.get();
        FollowUps.Page page = followUps.page(FollowUpRecording.scopeOf(actor), new FollowUps.Query(f.status(),
                f.category(), null, "latest".equals(f.sort()), f.page() == null ? 0 : f.page(), 20));
        model.addAttribute("filter", f);
        model.addAttribute("page", page);
        model.addAttribute("items", page.items().stream().map(x -> masked(x, actor)).toList());
        model.addAttribute("recordable", page.items().stream().filter(x -> x.status().open())
                .filter(x -> FollowUpRecording.mayRecord(actor, x)).map(FollowUp::id).toList());
        model.addAttribute("statuses", FollowUp.Status.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("methods", FollowUp.Method.values());
        model.addAttribute("outcomes", FollowUp.Outcome.values());
        model.addAttribute("today", LocalDate.now(ZONE));
        return "casework/follow-ups";
    }

    @PostMapping("/casework/follow-ups/{id}")
    String record(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String method, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Integer satisfaction, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        FollowUp f = recording.record(id, new FollowUpRecording.Form(version, method, outcome, satisfaction, note),
                actors.get(), Channel.WORKBENCH, Instant.now());
        flash.addFlashAttribute("done", f.outcome() == FollowUp.Outcome.RECURRED ? "casework.followup.doneRecurred"
                : f.status().open() ? "casework.followup.doneRetry" : "casework.followup.done");
        return "redirect:/casework/follow-ups";
    }

    /** The case page's panel: the case's follow-ups close by close, and whether each close is settled. */
    @GetMapping("/casework/cases/{id}/follow-ups")
    String panel(@PathVariable UUID id, Model model) {
        Actor actor = actors.get();
        handling.get(new CaseId(id), actor);
        List<FollowUp> all = followUps.ofCase(id);
        model.addAttribute("followUps", all.stream().map(x -> masked(x, actor)).toList());
        model.addAttribute("settled", all.stream().map(FollowUp::closedAt).distinct()
                .filter(at -> followUps.settledAt(id, at).isPresent()).toList());
        return "casework/follow-up-panel :: panel";
    }

    @GetMapping("/casework/follow-ups/policy")
    @PreAuthorize("hasRole('ADMIN')")
    String policy(Model model) {
        Map<Category, FollowUpPolicy> byCategory = policies.all().stream()
                .collect(Collectors.toMap(FollowUpPolicy::category, Function.identity()));
        model.addAttribute("rows", Arrays.stream(Category.values()).map(c -> new PolicyRow(c,
                byCategory.containsKey(c), byCategory.containsKey(c) ? byCategory.get(c).offsets()
                        : FollowUpPolicy.DEFAULT_OFFSETS)).toList());
        model.addAttribute("subjects", policies.subjects());
        return "casework/follow-up-policy";
    }

    /** The offsets of a kind of subject other than cases (a community's mediations) and whether referrals count. */
    @PostMapping("/casework/follow-ups/policy/subjects/{kind}")
    @PreAuthorize("hasRole('ADMIN')")
    String saveSubjectPolicy(@PathVariable String kind, @RequestParam(required = false) String offsets,
            @RequestParam(defaultValue = "false") boolean referrals, RedirectAttributes flash) {
        if (!policies.save(new FollowUpPolicies.SubjectPolicy(kind, FollowUpPolicy.parse(offsets), referrals),
                actors.get().displayName(), Instant.now())) {
            throw new NotFound("followUpPolicy", kind);
        }
        flash.addFlashAttribute("done", "casework.followup.policySaved");
        return "redirect:/casework/follow-ups/policy";
    }

    /** One line of the policy page. */
    record PolicyRow(Category category, boolean dispute, List<Integer> offsets) {

        public String offsetText() {
            return offsets.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    @PostMapping("/casework/follow-ups/policy")
    @PreAuthorize("hasRole('ADMIN')")
    String savePolicy(@RequestParam Category category, @RequestParam(defaultValue = "false") boolean dispute,
            @RequestParam(required = false) String offsets, RedirectAttributes flash) {
        Actor actor = actors.get();
        if (dispute) {
            policies.save(new FollowUpPolicy(category, FollowUpPolicy.parse(offsets)), actor.displayName(),
                    Instant.now());
        } else {
            policies.remove(category);
        }
        flash.addFlashAttribute("done", "casework.followup.policySaved");
        return "redirect:/casework/follow-ups/policy";
    }

    private static FollowUp masked(FollowUp f, Actor actor) {
        return actor.maySeePersonalData() ? f : f.withPhone(Masking.phone(f.reporterPhone()));
    }
}
