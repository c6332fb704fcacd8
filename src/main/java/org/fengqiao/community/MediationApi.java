package org.fengqiao.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.casework.Channel;
import org.fengqiao.casework.SubjectFollowUps;
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

    /** A follow-up as recorded on the unit's list; {@code holding} may stand for the outcome (true: HELD). */
    record FollowUpJson(UUID followUpId, Long version, String method, String outcome, Integer satisfaction,
            String note, Boolean holding) {
    }

    /** The mediation with its sessions and its follow-ups as casework keeps them; settledAt: 案结事了. */
    record Detail(MediationView mediation, List<Mediations.Session> sessions, List<SubjectFollowUps.View> followUps,
            Instant settledAt) {
    }

    private final MediationDesk desk;
    private final Mediations mediations;
    private final CommunityAccess access;
    private final CurrentActor current;
    private final MediationFollowUps followUps;

    MediationApi(MediationDesk desk, Mediations mediations, CommunityAccess access, CurrentActor current,
            MediationFollowUps followUps) {
        this.followUps = followUps;
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
                followUps.of(id, actor), mediations.settledAt(id).orElse(null));
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
    SubjectFollowUps.View followUp(@PathVariable UUID id, @RequestBody FollowUpJson f) {
        return desk.followUp(id, f.followUpId(), new SubjectFollowUps.Report(f.version(), f.method(), f.outcome(),
                f.satisfaction(), f.note()), f.holding(), current.get(), Channel.API);
    }
}
