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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mediation for machine clients: cases, sessions, agreement or referral, follow-ups, mediators' workload. */
@RestController
@RequestMapping("/api/v1/community")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class MediationApi {

    record NoteJson(String note) {
    }

    record AgreeJson(String terms, Long version) {
    }

    record ReferJson(String referredTo, String reason, Long version) {
    }

    record FollowUpJson(UUID followUpId, Boolean holding, String note) {
    }

    record Detail(MediationView mediation, List<Mediations.Session> sessions, List<Mediations.FollowUp> followUps) {
    }

    private final MediationDesk desk;
    private final Mediations mediations;
    private final CommunityAccess access;
    private final CurrentActor current;

    MediationApi(MediationDesk desk, Mediations mediations, CommunityAccess access, CurrentActor current) {
        this.desk = desk;
        this.mediations = mediations;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/{code}/mediations")
    List<MediationView> list(@PathVariable String code) {
        Actor actor = current.get();
        return mediations.of(access.read(code, actor).code()).stream().map(m -> MediationView.of(m, actor)).toList();
    }

    @GetMapping("/{code}/mediators")
    List<Mediations.Workload> workload(@PathVariable String code) {
        return mediations.workload(access.read(code, current.get()).code());
    }

    @PostMapping("/{code}/mediations")
    @ResponseStatus(HttpStatus.CREATED)
    MediationView open(@PathVariable String code, @RequestBody MediationDesk.Intake in) {
        Actor actor = current.get();
        return MediationView.of(desk.open(code, in, actor), actor);
    }

    @GetMapping("/mediations/{id}")
    Detail get(@PathVariable UUID id) {
        Actor actor = current.get();
        return new Detail(MediationView.of(desk.get(id, actor), actor), mediations.sessions(id),
                mediations.followUps(id));
    }

    @PostMapping("/mediations/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    void session(@PathVariable UUID id, @RequestBody NoteJson n) {
        desk.session(id, n.note(), current.get());
    }

    @PostMapping("/mediations/{id}/agreement")
    MediationView agree(@PathVariable UUID id, @RequestBody AgreeJson a) {
        Actor actor = current.get();
        return MediationView.of(desk.agree(id, a.terms(), a.version(), actor), actor);
    }

    @PostMapping("/mediations/{id}/referral")
    MediationView refer(@PathVariable UUID id, @RequestBody ReferJson r) {
        Actor actor = current.get();
        return MediationView.of(desk.refer(id, r.referredTo(), r.reason(), r.version(), actor), actor);
    }

    @PostMapping("/mediations/{id}/follow-ups")
    void followUp(@PathVariable UUID id, @RequestBody FollowUpJson f) {
        desk.followUp(id, f.followUpId(), f.holding(), f.note(), current.get());
    }
}
