package org.fengqiao.community;

import java.util.UUID;

import org.fengqiao.org.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public wish wall on a phone: residents post a wish and later follow it and say thank you with its number and
 * lookup code; volunteers claim an open wish with their name and phone. No phone number is ever shown here.
 */
@Controller
class PublicWishPages {

    private final WishWall wall;
    private final Wishes wishes;
    private final CommunityAccess access;

    PublicWishPages(WishWall wall, Wishes wishes, CommunityAccess access) {
        this.wall = wall;
        this.wishes = wishes;
        this.access = access;
    }

    @GetMapping("/public/community/{code}/wishes")
    String wall(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Community c = access.community(code);
        Wish.Status s = Texts.filter(Wish.Status.class, status, "status");
        WishPages.list(model, c, wishes.of(c.code(), s, Wish.Moderation.APPROVED, Paging.page(page),
                WishPages.PAGE_SIZE), s, Actor.anonymousResident());
        return "community/public-wishes";
    }

    @PostMapping("/public/community/{code}/wishes")
    String post(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String story, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, Model model) {
        WishWall.Receipt r = wall.post(code, title, story, name, phone, Actor.anonymousResident());
        return Receipts.show(model, r.wish().number(), r.lookupCode(), "community/wish-receipt");
    }

    @PostMapping("/public/community/wishes/{id}/claim")
    String claim(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, Model model) {
        Wish w = wall.claim(id, null, name, phone, null, Actor.anonymousResident());
        model.addAttribute("w", WishView.of(w, Actor.anonymousResident()));
        return "community/wish-claimed";
    }

    @GetMapping("/public/community/wishes/track")
    String track(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            Model model) {
        model.addAttribute("number", number);
        model.addAttribute("code", code);
        if (number != null && !number.isBlank() && code != null && !code.isBlank()) {
            model.addAttribute("w", WishView.of(wall.track(number, code), Actor.anonymousResident()));
        }
        return "community/wish-track";
    }

    @PostMapping("/public/community/wishes/thanks")
    String thank(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            @RequestParam(required = false) String thanks, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("code", code);
        model.addAttribute("w", WishView.of(wall.thank(number, code, thanks), Actor.anonymousResident()));
        return "community/wish-track";
    }
}
