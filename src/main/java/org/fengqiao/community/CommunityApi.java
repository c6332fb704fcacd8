package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stewards and partner units for machine clients; the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/community")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class CommunityApi {

    record Decision(Boolean approve, String note, Long version) {
    }

    record PartnerJson(String name, String contactName, String contactPhone) {
    }

    record ResourceJson(String kind, String description, Integer quantity) {
    }

    private final CommunityAccess access;
    private final Stewards stewards;
    private final StewardRecruitment recruitment;
    private final Partners partners;
    private final PartnerRegistry registry;
    private final CurrentActor current;

    CommunityApi(CommunityAccess access, Stewards stewards, StewardRecruitment recruitment, Partners partners,
            PartnerRegistry registry, CurrentActor current) {
        this.access = access;
        this.stewards = stewards;
        this.recruitment = recruitment;
        this.partners = partners;
        this.registry = registry;
        this.current = current;
    }

    @GetMapping("/{code}/stewards")
    List<StewardView> stewards(@PathVariable String code, @RequestParam(required = false) String status) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Steward.Status s = Texts.filter(Steward.Status.class, status, "status");
        return stewards.of(c.code(), s).stream().map(x -> StewardView.of(x, actor)).toList();
    }

    @PostMapping("/{code}/stewards")
    @ResponseStatus(HttpStatus.CREATED)
    StewardView propose(@PathVariable String code, @RequestBody StewardRecruitment.Proposal proposal) {
        Actor actor = current.get();
        return StewardView.of(recruitment.propose(code, proposal, actor), actor);
    }

    @PostMapping("/stewards/{id}/decision")
    StewardView decide(@PathVariable UUID id, @RequestBody Decision d) {
        Actor actor = current.get();
        if (d.approve() == null) {
            throw new org.fengqiao.shared.InvalidInput("approve", "community.error.required");
        }
        return StewardView.of(recruitment.decide(id, d.approve(), d.note(), d.version(), actor), actor);
    }

    @GetMapping("/{code}/partners")
    List<PartnerView> partners(@PathVariable String code) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        return partners.of(c.code()).stream().map(p -> PartnerView.of(p, actor)).toList();
    }

    @PostMapping("/{code}/partners")
    @ResponseStatus(HttpStatus.CREATED)
    PartnerView register(@PathVariable String code, @RequestBody PartnerJson p) {
        Actor actor = current.get();
        return PartnerView.of(registry.register(code, p.name(), p.contactName(), p.contactPhone(), actor), actor);
    }

    @PostMapping("/partners/{id}/resources")
    @ResponseStatus(HttpStatus.CREATED)
    PartnerView offer(@PathVariable UUID id, @RequestBody ResourceJson r) {
        Actor actor = current.get();
        return PartnerView.of(registry.offer(id, r.kind(), r.description(), r.quantity(), actor), actor);
    }
}
