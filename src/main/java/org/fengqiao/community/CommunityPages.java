package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages for a community's stewards and partner units (phone-first). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class CommunityPages {

    private final CommunityAccess access;
    private final Stewards stewards;
    private final StewardRecruitment recruitment;
    private final Partners partners;
    private final PartnerRegistry registry;
    private final Activities activities;
    private final CurrentActor current;

    CommunityPages(CommunityAccess access, Stewards stewards, StewardRecruitment recruitment, Partners partners,
            PartnerRegistry registry, Activities activities, CurrentActor current) {
        this.activities = activities;
        this.access = access;
        this.stewards = stewards;
        this.recruitment = recruitment;
        this.partners = partners;
        this.registry = registry;
        this.current = current;
    }

    @GetMapping("/community")
    String communities(Model model) {
        List<Community> visible = access.visibleTo(current.get());
        model.addAttribute("communities", visible);
        model.addAttribute("totals", activities.totals(visible.stream().map(Community::code).toList()));
        return "community/communities";
    }

    @GetMapping("/community/{code}")
    String community(@PathVariable String code, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("me", actor.username());
        model.addAttribute("grids", access.grids(c));
        model.addAttribute("stewards", stewards.of(c.code(), null).stream().map(s -> StewardView.of(s, actor))
                .toList());
        model.addAttribute("partners", partners.of(c.code()).stream().map(p -> PartnerView.of(p, actor)).toList());
        model.addAttribute("types", Steward.Type.values());
        model.addAttribute("recruitments", Steward.Recruitment.values());
        model.addAttribute("kinds", Partner.Kind.values());
        return "community/community";
    }

    @PostMapping("/community/{code}/stewards")
    String propose(@PathVariable String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String type,
            @RequestParam(required = false) String recruitment, @RequestParam(required = false) String recommendedBy,
            @RequestParam(required = false) String topics, @RequestParam(required = false) List<String> grids) {
        this.recruitment.propose(code, new StewardRecruitment.Proposal(name, phone, type, recruitment, recommendedBy,
                topics, grids), current.get());
        return "redirect:/community/" + code + "#stewards";
    }

    @PostMapping("/community/stewards/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam boolean approve, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version) {
        Steward s = recruitment.decide(id, approve, note, version, current.get());
        return "redirect:/community/" + s.communityCode() + "#stewards";
    }

    @PostMapping("/community/{code}/partners")
    String register(@PathVariable String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone) {
        registry.register(code, name, contactName, contactPhone, current.get());
        return "redirect:/community/" + code + "#partners";
    }

    @PostMapping("/community/partners/{id}/resources")
    String offer(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description, @RequestParam(required = false) Integer quantity) {
        Partner p = registry.offer(id, kind, description, quantity, current.get());
        return "redirect:/community/" + p.communityCode() + "#partners";
    }
}
