package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inspection coordination for machine clients: grades, exemption list, demands, weekly plans, tasks. */
@RestController
@RequestMapping("/api/v1/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class InspectionApi {

    record ReasonJson(String text, int points) {
    }

    record GradeJson(UUID enterpriseId, RiskGrade grade, RiskGrade computed, int score, List<ReasonJson> reasons,
            RiskGrade override, String overrideReason, long version) {
    }

    record OverrideJson(String grade, String reason, Long version) {
    }

    record ReasonOnly(String reason) {
    }

    record PlanRequest(String town, LocalDate weekStart) {
    }

    record RunJson(UUID runId, String phase, int percent, String score, UUID planId, boolean failed) {
    }

    record VersionJson(Long version) {
    }

    record MoveJson(LocalDate date, Long version) {
    }

    record PlanJson(JointPlan plan, List<PlannedInspection> visits, List<Map<String, Object>> leftOver) {
    }

    private final Grading grading;
    private final Enterprises enterprises;
    private final ExemptionList exemptions;
    private final DemandRegistration demands;
    private final WeeklyPlanning planning;
    private final JointPlans plans;
    private final CurrentActor current;
    private final GradeReasons reasonTexts;
    private final InspectionCodes codes;

    InspectionApi(Grading grading, Enterprises enterprises, ExemptionList exemptions, DemandRegistration demands,
            WeeklyPlanning planning, JointPlans plans, CurrentActor current, GradeReasons reasonTexts,
            InspectionCodes codes) {
        this.codes = codes;
        this.grading = grading;
        this.enterprises = enterprises;
        this.exemptions = exemptions;
        this.demands = demands;
        this.planning = planning;
        this.plans = plans;
        this.current = current;
        this.reasonTexts = reasonTexts;
    }

    @GetMapping("/grades/{enterpriseId}")
    GradeJson grade(@PathVariable UUID enterpriseId) {
        enterprises.visibleTo(current.get(), new EnterpriseId(enterpriseId));
        return json(grading.of(enterpriseId));
    }

    @PostMapping("/grades/{enterpriseId}/override")
    GradeJson override(@PathVariable UUID enterpriseId, @RequestBody OverrideJson body) {
        return json(grading.override(current.get(), enterpriseId, body.grade(), body.reason(), version(body.version())));
    }

    @PostMapping("/exemptions/{enterpriseId}/propose")
    Map<String, String> propose(@PathVariable UUID enterpriseId, @RequestBody ReasonOnly body) {
        exemptions.propose(current.get(), enterpriseId, body.reason());
        return Map.of("status", ExemptionList.Status.PROPOSED.name());
    }

    @PostMapping("/exemptions/{enterpriseId}/approve")
    Map<String, String> approve(@PathVariable UUID enterpriseId) {
        exemptions.approve(current.get(), enterpriseId);
        return Map.of("status", ExemptionList.Status.APPROVED.name());
    }

    @GetMapping("/exemptions/{enterpriseId}")
    Map<String, Object> exemption(@PathVariable UUID enterpriseId) {
        enterprises.visibleTo(current.get(), new EnterpriseId(enterpriseId));
        return Map.of("status", exemptions.find(enterpriseId).map(e -> e.status().name()).orElse("NONE"),
                "log", exemptions.log(enterpriseId));
    }

    @PostMapping("/demands")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> register(@RequestBody DemandRegistration.DemandForm body) {
        UUID id = demands.register(current.get(), body);
        return Map.of("id", id);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunJson plan(@RequestBody PlanRequest body) {
        return json(planning.start(current.get(), body.town(), body.weekStart()));
    }

    @GetMapping("/plans/runs/{runId}")
    RunJson run(@PathVariable UUID runId) {
        return json(planning.run(current.get(), runId));
    }

    @GetMapping("/plans/{planId}")
    PlanJson plan(@PathVariable UUID planId) {
        JointPlan plan = planning.plan(current.get(), planId);
        return new PlanJson(plan, plans.visits(planId), plans.leftovers(planId));
    }

    @PostMapping("/plans/{planId}/publish")
    JointPlan publish(@PathVariable UUID planId, @RequestBody VersionJson body) {
        planning.publish(current.get(), planId, version(body.version()));
        return plans.get(planId);
    }

    @PostMapping("/plans/{planId}/visits/{visitId}/move")
    JointPlan move(@PathVariable UUID planId, @PathVariable UUID visitId, @RequestBody MoveJson body) {
        planning.move(current.get(), planId, version(body.version()), visitId, body.date());
        return plans.get(planId);
    }

    @GetMapping("/tasks")
    List<PlannedInspection> tasks() {
        Actor actor = current.get();
        return plans.tasksOf(List.copyOf(actor.unitIds()), LocalDate.now().minusDays(7));
    }

    /** Retires the signing key of inspection codes (codes it signed keep verifying) and makes a new one. */
    @PostMapping(value = "/code-keys/rotate", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> rotateCodeKey() {
        return Map.of("publicKey", codes.rotate(current.get().username()), "verifying", codes.publicKeys());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInput("version", "inspection.error.required");
        }
        return version;
    }

    private GradeJson json(Grade g) {
        List<ReasonJson> reasons = g.reasons().stream().map(r -> new ReasonJson(reasonTexts.text(r), r.points()))
                .toList();
        return new GradeJson(g.enterpriseId(), g.effective(), g.computed(), g.score(), reasons, g.override(),
                g.overrideReason(), g.version());
    }

    private static RunJson json(WeeklyPlanning.Run run) {
        return new RunJson(run.id, run.progress.phase(), run.percent(), run.progress.score(), run.planId, run.failed);
    }
}
