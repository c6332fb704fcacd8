package org.fengqiao.community;

import java.time.Instant;
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

/** Activities, sign-ups, check-ins and the volunteer-hours ledger for machine clients. */
@RestController
@RequestMapping("/api/v1/community")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class ActivityApi {

    record PersonJson(String name, String phone) {
    }

    record CheckInJson(String token, String name, String phone) {
    }

    record HoursJson(String hours) {
    }

    record Detail(ActivityView activity, List<SignUpView> signUps) {
    }

    record PageJson(List<ActivityView> items, long total, int page, int size) {
    }

    record LedgerJson(List<Activities.Volunteer> items, long total, int page, int size, Activities.Totals totals) {
    }

    private final ActivityDesk desk;
    private final Activities activities;
    private final CommunityAccess access;
    private final CurrentActor current;

    ActivityApi(ActivityDesk desk, Activities activities, CommunityAccess access, CurrentActor current) {
        this.desk = desk;
        this.activities = activities;
        this.access = access;
        this.current = current;
    }

    @PostMapping("/{code}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityView plan(@PathVariable String code, @RequestBody ActivityDesk.Plan plan) {
        Actor actor = current.get();
        return ActivityView.of(desk.plan(code, plan, actor), actor);
    }

    @GetMapping("/{code}/activities")
    PageJson list(@PathVariable String code, @RequestParam(defaultValue = "all") String when,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Activities.Page p = activities.of(c.code(), ActivityPages.when(when), Instant.now(), Paging.page(page),
                Paging.size(size));
        return new PageJson(p.items().stream().map(a -> ActivityView.of(a, actor)).toList(), p.total(), p.page(),
                p.size());
    }

    @GetMapping("/activities/{id}")
    Detail get(@PathVariable UUID id) {
        Actor actor = current.get();
        Activity a = desk.get(id, actor);
        return new Detail(ActivityView.of(a, actor), activities.signUps(id).stream()
                .map(s -> SignUpView.of(s, actor)).toList());
    }

    @PostMapping("/activities/{id}/signups")
    @ResponseStatus(HttpStatus.CREATED)
    SignUpView signUp(@PathVariable UUID id, @RequestBody PersonJson p) {
        Actor actor = current.get();
        return SignUpView.of(desk.signUp(id, p.name(), p.phone(), actor), actor);
    }

    @PostMapping("/activities/{id}/check-ins")
    SignUpView checkIn(@PathVariable UUID id, @RequestBody CheckInJson c) {
        Actor actor = current.get();
        return SignUpView.of(desk.checkIn(id, c.token(), c.name(), c.phone(), actor), actor);
    }

    @PostMapping("/activity-signups/{id}/hours")
    SignUpView approve(@PathVariable UUID id, @RequestBody HoursJson h) {
        Actor actor = current.get();
        return SignUpView.of(desk.approveHours(id, h.hours(), actor), actor);
    }

    @GetMapping("/{code}/volunteer-hours")
    LedgerJson ledger(@PathVariable String code, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "hours") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Activities.Ledger l = activities.ledger(c.code(), Texts.optional(q, "q", 50),
                actor.maySeePersonalData(), sort,
                "asc".equalsIgnoreCase(dir), Paging.page(page), Paging.size(size));
        return new LedgerJson(l.items().stream().map(v -> SignUpView.masked(v, actor)).toList(), l.total(), l.page(),
                l.size(), l.totals());
    }
}
