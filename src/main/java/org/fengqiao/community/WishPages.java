package org.fengqiao.community;

import java.io.IOException;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

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
            @RequestParam(required = false) String moderation, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Wish.Status s = Texts.filter(Wish.Status.class, status, "status");
        Wish.Moderation m = Texts.filter(Wish.Moderation.class, moderation, "moderation");
        list(model, c, wishes.of(c.code(), s, m, Paging.page(page), PAGE_SIZE), s, actor);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("moderations", Wish.Moderation.values());
        model.addAttribute("moderation", m == null ? "" : m.name());
        model.addAttribute("pending", wishes.of(c.code(), null, Wish.Moderation.PENDING, 0, 1).total());
        return "community/wishes";
    }

    @PostMapping("/community/{code}/wishes")
    String post(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String story, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, Model model) {
        WishWall.Receipt r = wall.post(code, title, story, name, phone, current.get());
        return Receipts.show(model, r.wish().number(), r.lookupCode(), "community/wish-receipt");
    }

    /** A page of the wish wall as the viewer may see it (staff list and public wall alike). */
    static void list(Model model, Community c, Wishes.Page p, Wish.Status status, Actor viewer) {
        model.addAttribute("community", c);
        model.addAttribute("page", p);
        model.addAttribute("items", p.items().stream().map(w -> WishView.of(w, viewer)).toList());
        model.addAttribute("statuses", Wish.Status.values());
        model.addAttribute("status", status == null ? "" : status.name());
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

    @PostMapping("/community/wishes/{id}/moderation")
    String moderate(@PathVariable UUID id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) Long version) {
        wall.moderate(id, decision, version, current.get());
        return "redirect:/community/wishes/" + id;
    }

    @PostMapping("/community/wishes/{id}/fulfil")
    String fulfil(@PathVariable UUID id, @RequestParam(required = false) String proof,
            @RequestParam(required = false) Long version, @RequestParam(required = false) MultipartFile photo)
            throws IOException {
        ProofPhoto checked = photo == null || photo.isEmpty() ? null
                : ProofPhoto.check(photo.getOriginalFilename(), photo.getBytes());
        wall.fulfil(id, proof, checked, version, current.get());
        return "redirect:/community/wishes/" + id;
    }

    @GetMapping("/community/wishes/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
        ProofPhoto p = wall.photo(id, photoId, current.get());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(p.data());
    }
}
