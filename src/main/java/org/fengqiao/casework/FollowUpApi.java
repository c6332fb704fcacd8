package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.Masking;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups (回访) over REST: the unit's list, recording one, settlement figures, and the dispute categories. */
@RestController
class FollowUpApi {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    record Record(@NotNull Long version, @NotNull @Size(max = 16) String method,
            @NotNull @Size(max = 16) String outcome, @NotNull @Min(1) @Max(5) Integer satisfaction,
            @Size(max = FollowUpRecording.LONGEST_NOTE) String note) {
    }

    record Policy(@NotNull @Size(min = 1, max = FollowUpPolicy.MOST_ROUNDS) List<@NotNull Integer> offsets) {
    }

    record SubjectPolicy(@NotNull @Size(min = 1, max = FollowUpPolicy.MOST_ROUNDS) List<@NotNull Integer> offsets,
            Boolean referrals) {
    }

    private final FollowUps followUps;
    private final FollowUpRecording recording;
    private final FollowUpPolicies policies;
    private final FollowUpFigures figures;
    private final Jurisdictions jurisdictions;
    private final CurrentActor actors;

    FollowUpApi(FollowUps followUps, FollowUpRecording recording, FollowUpPolicies policies, FollowUpFigures figures,
            Jurisdictions jurisdictions, CurrentActor actors) {
        this.followUps = followUps;
        this.recording = recording;
        this.policies = policies;
        this.figures = figures;
        this.jurisdictions = jurisdictions;
        this.actors = actors;
    }

    @GetMapping("/api/v1/follow-ups")
    FollowUps.Page list(@RequestParam(required = false) FollowUp.Status status,
            @RequestParam(required = false) Category category, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Actor actor = actors.get();
        FollowUps.Page p = followUps.page(FollowUpRecording.scopeOf(actor), new FollowUps.Query(status, category, null,
                false, page, size));
        return new FollowUps.Page(p.items().stream().map(f -> masked(f, actor)).toList(), p.total(), p.page(),
                p.size());
    }

    @GetMapping("/api/v1/follow-ups/{id}")
    FollowUp one(@PathVariable UUID id) {
        Actor actor = actors.get();
        return masked(recording.get(id, actor), actor);
    }

    @PostMapping("/api/v1/follow-ups/{id}/record")
    FollowUp record(@PathVariable UUID id, @Valid @RequestBody Record body) {
        Actor actor = actors.get();
        return masked(recording.record(id, new FollowUpRecording.Form(body.version(), body.method(), body.outcome(),
                body.satisfaction(), body.note()), actor, Channel.API, Instant.now()), actor);
    }

    /** 案结事了 of the closes in a period (default: this year so far) in a jurisdiction the caller covers. */
    @GetMapping("/api/v1/follow-ups/settlement")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','AUDITOR','HEAD')")
    FollowUpFigures.Settlement settlement(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        Actor actor = actors.get();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "casework.followup.period");
        }
        String path = jurisdiction == null || jurisdiction.isBlank()
                ? actor.jurisdictionPaths().stream().findFirst().orElseThrow(() -> new Forbidden("error.forbidden"))
                : jurisdictions.findByCode(jurisdiction.strip()).map(org.fengqiao.org.Jurisdiction::path)
                        .orElseThrow(() -> new InvalidInput("jurisdiction", "casework.followup.jurisdiction"));
        if (!actor.covers(path)) {
            throw new Forbidden("error.forbidden");
        }
        return figures.settlement(path, start, end);
    }

    @GetMapping("/api/v1/follow-up-policies")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    List<FollowUpPolicy> policies() {
        return policies.all();
    }

    /** The follow-up policies of kinds of subject other than cases (e.g. MEDIATION). */
    @GetMapping("/api/v1/follow-up-policies/subjects")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    List<FollowUpPolicies.SubjectPolicy> subjectPolicies() {
        return policies.subjects();
    }

    /** New offsets for a registered kind of subject; an unknown kind is not found. */
    @PutMapping("/api/v1/follow-up-policies/subjects/{kind}")
    @PreAuthorize("hasRole('ADMIN')")
    FollowUpPolicies.SubjectPolicy saveSubject(@PathVariable String kind, @Valid @RequestBody SubjectPolicy body) {
        FollowUpPolicies.SubjectPolicy policy = new FollowUpPolicies.SubjectPolicy(kind, body.offsets(),
                Boolean.TRUE.equals(body.referrals()));
        if (!policies.save(policy, actors.get().displayName(), Instant.now())) {
            throw new org.fengqiao.shared.NotFound("followUpPolicy", kind);
        }
        return policy;
    }

    @PutMapping("/api/v1/follow-up-policies/{category}")
    @PreAuthorize("hasRole('ADMIN')")
    FollowUpPolicy save(@PathVariable Category category, @Valid @RequestBody Policy body) {
        FollowUpPolicy policy = new FollowUpPolicy(category, body.offsets());
        policies.save(policy, actors.get().displayName(), Instant.now());
        return policy;
    }

    @DeleteMapping("/api/v1/follow-up-policies/{category}")
    @PreAuthorize("hasRole('ADMIN')")
    void remove(@PathVariable Category category) {
        policies.remove(category);
    }

    private static FollowUp masked(FollowUp f, Actor actor) {
        return actor.maySeePersonalData() ? f : f.withPhone(Masking.phone(f.reporterPhone()));
    }
}
