package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Residents' phone pages for activities, without an account: a community's coming activities, signing up, and
 * checking in on site from the QR code (the code in the link proves the person is there).
 */
@Controller
class PublicActivityPages {

    private final ActivityDesk desk;
    private final Activities activities;
    private final CommunityAccess access;

    PublicActivityPages(ActivityDesk desk, Activities activities, CommunityAccess access) {
        this.desk = desk;
        this.activities = activities;
        this.access = access;
    }

    @GetMapping("/public/community/{code}/activities")
    String list(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Community c = access.community(code);
        model.addAttribute("community", c);
        model.addAttribute("page", activities.of(c.code(), "upcoming", Instant.now(), Paging.page(page),
                ActivityPages.PAGE_SIZE));
        return "community/public-activities";
    }

    @GetMapping("/public/community/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        Activity a = activities.find(id).orElseThrow(() -> new NotFound("activity", id));
        model.addAttribute("community", access.community(a.communityCode()));
        model.addAttribute("a", ActivityView.of(a, Actor.anonymousResident()));
        model.addAttribute("taken", activities.signUpCount(id));
        return "community/public-activity";
    }

    @PostMapping("/public/community/activities/{id}/signups")
    String signUp(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, Model model) {
        desk.signUp(id, name, phone, Actor.anonymousResident());
        return done(id, "signedUp", model);
    }

    @GetMapping("/public/community/activities/{id}/check-in")
    String checkInForm(@PathVariable UUID id, @RequestParam(required = false) String t, Model model) {
        Activity a = activities.find(id).filter(x -> x.checkInCode(t))
                .orElseThrow(() -> new NotFound("activity", id));
        model.addAttribute("a", ActivityView.of(a, Actor.anonymousResident()));
        model.addAttribute("t", t);
        return "community/check-in";
    }

    @PostMapping("/public/community/activities/{id}/check-in")
    String checkIn(@PathVariable UUID id, @RequestParam(required = false) String t,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone, Model model) {
        desk.checkIn(id, t, name, phone, Actor.anonymousResident());
        return done(id, "checkedIn", model);
    }

    private String done(UUID id, String what, Model model) {
        model.addAttribute("a", ActivityView.of(activities.find(id).orElseThrow(), Actor.anonymousResident()));
        model.addAttribute("what", what);
        return "community/activity-done";
    }
}
