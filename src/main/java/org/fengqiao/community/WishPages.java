package org.fengqiao.community;

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

/** Staff pages for the wish wall: the community's wishes, one wish claimed and fulfilled with proof. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class WishPages {

    static final int PAGE_SIZE = 20;

    private final WishWall wall;
    private final Wishes wishes;
    private final Partners partners;
    private final CommunityAccess access;
    private final CurrentActor current;

    WishPages(WishWall wall, Wishes wishes, Partners partners, CommunityAccess access, CurrentActor current) {
        this.wall = wall;
        this.wishes = wishes;
        this.partners = partners;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/community/{code}/wishes")
    String list(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Wish.Status s = status == null || status.isBlank() ? null : Texts.choice(Wish.Status.class, status, "status");
        Wishes.Page p = wishes.of(c.code(), s, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("page", p);
        model.addAttribute("items", p.items().stream().map(w -> WishView.of(w, actor)).toList());
        model.addAttribute("statuses", Wish.Status.values());
        model.addAttribute("status", s == null ? "" : s.name());
        return "community/wishes";
    }

    @PostMapping("/community/{code}/wishes")
    String post(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String story, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, Model model) {
        WishWall.Receipt r = wall.post(code, title, story, name, phone, current.get());
        model.addAttribute("number", r.wish().number());
        model.addAttribute("code", r.lookupCode());
        return "community/wish-receipt";
    }

    @GetMapping("/community/wishes/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        Wish w = wall.get(id, actor);
        Community c = access.community(w.communityCode());
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("w", WishView.of(w, actor));
        model.addAttribute("partners", partners.of(c.code()));
        return "community/wish";
    }

    @PostMapping("/community/wishes/{id}/claim")
    String claim(@PathVariable UUID id, @RequestParam(required = false) UUID partnerId,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
            @RequestParam(required = false) Long version) {
        wall.claim(id, partnerId, name, phone, version, current.get());
        return "redirect:/community/wishes/" + id;
    }

    @PostMapping("/community/wishes/{id}/fulfil")
    String fulfil(@PathVariable UUID id, @RequestParam(required = false) String proof,
            @RequestParam(required = false) Long version) {
        wall.fulfil(id, proof, version, current.get());
        return "redirect:/community/wishes/" + id;
    }
}
