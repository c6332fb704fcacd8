package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff pages for activities: the list and planning, one activity with its sign-ups and check-in QR, the ledger. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class ActivityPages {

    static final int PAGE_SIZE = 20;

    private final ActivityDesk desk;
    private final Activities activities;
    private final CommunityAccess access;
    private final CurrentActor current;

    ActivityPages(ActivityDesk desk, Activities activities, CommunityAccess access, CurrentActor current) {
        this.desk = desk;
        this.activities = activities;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/community/{code}/activities")
    String list(@PathVariable String code, @RequestParam(defaultValue = "upcoming") String when,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Activities.Page p = activities.of(c.code(), when(when), Instant.now(), Paging.page(page), PAGE_SIZE);
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("page", p);
        model.addAttribute("when", when);
        return "community/activities";
    }

    @PostMapping("/community/{code}/activities")
    String plan(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, @RequestParam(required = false) String place,
            @RequestParam(required = false) String startsAt, @RequestParam(required = false) String endsAt,
            @RequestParam(required = false) Integer capacity, @RequestParam(required = false) String hours) {
        Activity a = desk.plan(code, new ActivityDesk.Plan(title, description, place, startsAt, endsAt, capacity,
                hours), current.get());
        return "redirect:/community/activities/" + a.id();
    }

    @GetMapping("/community/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        Activity a = desk.get(id, actor);
        boolean manage = CommunityAccess.mayManage(actor, a.communityPath());
        model.addAttribute("community", access.community(a.communityCode()));
        model.addAttribute("manage", manage);
        model.addAttribute("organiser", manage && (a.organiser().equals(actor.username())
                || actor.has(org.fengqiao.org.Role.ADMIN)));
        model.addAttribute("a", ActivityView.of(a, actor));
        model.addAttribute("signUps", activities.signUps(id).stream().map(s -> SignUpView.of(s, actor)).toList());
        model.addAttribute("checkInUrl", manage ? checkInUrl(a) : null);
        return "community/activity";
    }

    @GetMapping(value = "/community/activities/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> qr(@PathVariable UUID id) {
        Actor actor = current.get();
        Activity a = desk.get(id, actor);
        access.manage(a.communityCode(), actor);
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(QrCodes.png(checkInUrl(a)));
    }

    @PostMapping("/community/activities/{id}/signups")
    String signUp(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone) {
        desk.signUp(id, name, phone, current.get());
        return "redirect:/community/activities/" + id + "#signups";
    }

    @PostMapping("/community/activities/{id}/check-ins")
    String checkIn(@PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone) {
        desk.checkIn(id, null, name, phone, current.get());
        return "redirect:/community/activities/" + id + "#signups";
    }

    @PostMapping("/community/activity-signups/{id}/hours")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String hours) {
        Activity.SignUp s = desk.approveHours(id, hours, current.get());
        return "redirect:/community/activities/" + s.activityId() + "#signups";
    }

    @GetMapping("/community/{code}/volunteers")
    String ledger(@PathVariable String code, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "hours") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Activities.Ledger l = activities.ledger(c.code(), Texts.optional(q, "q", 50),
                actor.maySeePersonalData(), sort,
                "asc".equalsIgnoreCase(dir), Paging.page(page), PAGE_SIZE);
        model.addAttribute("community", c);
        model.addAttribute("ledger", l);
        model.addAttribute("items", l.items().stream().map(v -> SignUpView.masked(v, actor)).toList());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        return "community/volunteers";
    }

    static String when(String when) {
        if (!java.util.Set.of("upcoming", "past", "all").contains(when)) {
            throw new InvalidInput("when", "community.error.choice", when);
        }
        return when;
    }

    static String checkInUrl(Activity a) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/community/activities/{id}/check-in").queryParam("t", a.checkInToken())
                .buildAndExpand(a.id()).toUriString();
    }
}
