package org.fengqiao.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the command room (weekly plans), of departments (tasks) and of risk grades. */
@Controller
@RequestMapping("/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class InspectionPages {

    private final WeeklyPlanning planning;
    private final JointPlans plans;
    private final Grading grading;
    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final CurrentActor current;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final GradeReasons reasonTexts;

    InspectionPages(WeeklyPlanning planning, JointPlans plans, Grading grading, Enterprises enterprises,
            Jurisdictions jurisdictions, Units units, CurrentActor current,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, GradeReasons reasonTexts) {
        this.reasonTexts = reasonTexts;
        this.planning = planning;
        this.plans = plans;
        this.grading = grading;
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.current = current;
        this.jdbc = jdbc;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        Actor actor = current.get();
        model.addAttribute("plans", plans.recent(actor.jurisdictionPaths()));
        model.addAttribute("towns", jurisdictions.visibleTo(actor).stream()
                .filter(j -> j.level() == JurisdictionLevel.TOWN).toList());
        model.addAttribute("nextMonday", LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        model.addAttribute("mayPlan", WeeklyPlanning.mayPlan(actor));
        return "inspection/plans";
    }

    @PostMapping("/plans")
    String build(@RequestParam String town,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekStart) {
        WeeklyPlanning.Run run = planning.start(current.get(), town, weekStart);
        return "redirect:/inspection/plans/runs/" + run.id;
    }

    @GetMapping("/plans/runs/{runId}")
    String run(@PathVariable UUID runId, Model model) {
        WeeklyPlanning.Run run = planning.run(current.get(), runId);
        if (run.planId != null) {
            return "redirect:/inspection/plans/" + run.planId;
        }
        model.addAttribute("run", run);
        return "inspection/run";
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable UUID planId, Model model) {
        Actor actor = current.get();
        JointPlan plan = planning.plan(actor, planId);
        List<PlannedInspection> visits = plans.visits(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("visits", visits);
        model.addAttribute("leftOver", plans.leftovers(planId));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("mayPlan", WeeklyPlanning.mayPlan(actor) && !plan.published());
        model.addAttribute("days", List.of(0, 1, 2, 3, 4, 5, 6).stream().map(plan.weekStart()::plusDays).toList());
        return "inspection/plan";
    }

    @PostMapping("/plans/{planId}/publish")
    String publish(@PathVariable UUID planId, @RequestParam long version) {
        planning.publish(current.get(), planId, version);
        return "redirect:/inspection/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/visits/{visitId}")
    String move(@PathVariable UUID planId, @PathVariable UUID visitId, @RequestParam long version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        planning.move(current.get(), planId, version, visitId, date);
        return "redirect:/inspection/plans/" + planId;
    }

    @GetMapping("/tasks")
    String tasks(Model model) {
        Actor actor = current.get();
        model.addAttribute("tasks", plans.tasksOf(List.copyOf(actor.unitIds()), LocalDate.now()));
        model.addAttribute("unitNames", unitNames());
        return "inspection/tasks";
    }

    @GetMapping("/grades")
    String grades(@RequestParam(required = false) String grade, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = current.get();
        String g = grade == null || grade.isBlank() ? null : RiskGrade.parse(grade, "grade").name();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("(false");
        for (int i = 0; i < actor.jurisdictionPaths().size(); i++) {
            params.put("p" + i, actor.jurisdictionPaths().get(i) + "%");
            where.append(" OR e.jurisdiction_path LIKE :p").append(i);
        }
        where.append(")");
        if (g != null) {
            params.put("grade", g);
            where.append(" AND coalesce(gr.override_grade, gr.computed_grade) = :grade");
        }
        int size = 20;
        params.put("offset", Math.max(0, page) * size);
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT e.id, e.name, coalesce(gr.override_grade, gr.computed_grade) AS grade, gr.score,
                       gr.override_grade IS NOT NULL AS overridden, x.status AS exemption
                FROM enterprise e JOIN inspection_grade gr ON gr.enterprise_id = e.id
                LEFT JOIN inspection_exemption x ON x.enterprise_id = e.id
                WHERE """ + where + " ORDER BY grade, gr.score DESC, e.name LIMIT 20 OFFSET :offset")
                .params(params).query().listOfRows();
        model.addAttribute("rows", rows);
        model.addAttribute("grade", g == null ? "" : g);
        model.addAttribute("page", Math.max(0, page));
        return "inspection/grades";
    }

    @GetMapping("/grades/{enterpriseId}")
    String grade(@PathVariable UUID enterpriseId, Model model) {
        Actor actor = current.get();
        model.addAttribute("e", enterprises.visibleTo(actor, new EnterpriseId(enterpriseId)));
        Grade g = grading.of(enterpriseId);
        model.addAttribute("g", g);
        model.addAttribute("reasons", reasonTexts.texts(g));
        model.addAttribute("mayOverride", actor.has(org.fengqiao.org.Role.ADMIN));
        return "inspection/grade";
    }

    @PostMapping("/grades/{enterpriseId}")
    String override(@PathVariable UUID enterpriseId, @RequestParam String grade, @RequestParam String reason,
            @RequestParam long version) {
        grading.override(current.get(), enterpriseId, grade, reason, version);
        return "redirect:/inspection/grades/" + enterpriseId;
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        for (Unit u : units.all()) {
            names.put(u.id(), u.name());
        }
        return names;
    }
}
