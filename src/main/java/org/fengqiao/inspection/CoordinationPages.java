package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for routine frequencies, the exemption list (无事不扰) and inspection demands. */
@Controller
@RequestMapping("/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class CoordinationPages {

    private static final int PAGE = 20;

    private final RoutineScheduling routine;
    private final ExemptionList exemptions;
    private final DemandRegistration demands;
    private final Units units;
    private final CurrentActor current;
    private final JdbcClient jdbc;

    CoordinationPages(RoutineScheduling routine, ExemptionList exemptions, DemandRegistration demands, Units units,
            CurrentActor current, JdbcClient jdbc) {
        this.routine = routine;
        this.exemptions = exemptions;
        this.demands = demands;
        this.units = units;
        this.current = current;
        this.jdbc = jdbc;
    }

    @GetMapping("/frequencies")
    String frequencies(@RequestParam(required = false) String made, Model model) {
        Actor actor = current.get();
        model.addAttribute("departments", departments());
        Map<String, Integer> times = new HashMap<>();
        routine.frequencies().forEach((unit, byGrade) -> byGrade.forEach((g, n) -> times.put(unit + g.name(), n)));
        model.addAttribute("times", times);
        model.addAttribute("mayEdit", actor.has(Role.ADMIN));
        model.addAttribute("mayGenerate", actor.hasAny(Role.ADMIN, Role.DISPATCHER));
        model.addAttribute("made", made);
        return "inspection/frequencies";
    }

    @PostMapping("/frequencies")
    String setFrequency(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String grade,
            @RequestParam(required = false) Integer timesPerYear) {
        routine.setFrequency(current.get(), unitId, grade, timesPerYear);
        return "redirect:/inspection/frequencies";
    }

    @PostMapping("/frequencies/generate")
    String generate(@RequestParam(defaultValue = "4") int weeks) {
        RoutineScheduling.Outcome o = routine.generate(current.get(), weeks);
        return "redirect:/inspection/frequencies?made=" + o.created() + "," + o.droppedExempt() + ","
                + o.skippedOpen() + "," + o.skippedCap();
    }

    @GetMapping("/exemptions")
    String exemptions(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = current.get();
        int p = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        String scope = scope(actor, params);
        String s = status != null && List.of("PROPOSED", "APPROVED", "LIFTED").contains(status) ? status : null;
        if (s != null) {
            params.put("status", s);
        }
        params.put("offset", p * PAGE);
        model.addAttribute("listed", jdbc.sql("""
                SELECT e.id, e.name, x.status, x.reason, x.changed_by, x.changed_at FROM inspection_exemption x
                JOIN enterprise e ON e.id = x.enterprise_id WHERE """ + scope
                + (s == null ? "" : " AND x.status = :status") + " ORDER BY x.changed_at DESC LIMIT 21 OFFSET :offset")
                .params(params).query().listOfRows());
        model.addAttribute("candidates", jdbc.sql("""
                SELECT e.id, e.name, g.score FROM enterprise e JOIN inspection_grade g ON g.enterprise_id = e.id
                LEFT JOIN inspection_exemption x ON x.enterprise_id = e.id
                WHERE """ + scope + """
                   AND coalesce(g.override_grade, g.computed_grade) = 'C' AND e.credit_status = 'GOOD'
                  AND (x.status IS NULL OR x.status = 'LIFTED')
                  AND NOT EXISTS (SELECT 1 FROM inspection_demand d WHERE d.enterprise_id = e.id
                                  AND d.kind = 'TRIGGERED' AND d.status <> 'DROPPED')
                ORDER BY g.score, e.name LIMIT 20""").params(params).query().listOfRows());
        model.addAttribute("status", s == null ? "" : s);
        model.addAttribute("page", p);
        model.addAttribute("mayPropose", actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD));
        model.addAttribute("mayApprove", actor.has(Role.ADMIN));
        return "inspection/exemptions";
    }

    @PostMapping("/exemptions/{enterpriseId}/propose")
    String propose(@PathVariable UUID enterpriseId, @RequestParam(required = false) String reason) {
        exemptions.propose(current.get(), enterpriseId, reason);
        return "redirect:/inspection/exemptions";
    }

    @PostMapping("/exemptions/{enterpriseId}/approve")
    String approve(@PathVariable UUID enterpriseId) {
        exemptions.approve(current.get(), enterpriseId);
        return "redirect:/inspection/exemptions";
    }

    @GetMapping("/demands")
    String demands(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) UUID unit, @RequestParam(defaultValue = "earliest") String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        int p = Math.max(0, page);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of(scope(actor, params)));
        if (status != null && List.of("OPEN", "PLANNED", "DROPPED").contains(status)) {
            params.put("status", status);
            where.add("d.status = :status");
        }
        if (kind != null && List.of("ROUTINE", "TRIGGERED").contains(kind)) {
            params.put("kind", kind);
            where.add("d.kind = :kind");
        }
        if (unit != null) {
            params.put("unit", unit);
            where.add("d.unit_id = :unit");
        }
        String order = switch (sort) {
            case "latest" -> "d.latest, e.name";
            case "enterprise" -> "e.name, d.earliest";
            case "created" -> "d.created_at DESC";
            default -> "d.earliest, e.name";
        };
        params.put("offset", p * PAGE);
        model.addAttribute("rows", jdbc.sql("""
                SELECT d.id, e.name, d.enterprise_id, d.unit_id, d.earliest, d.latest, d.minutes, d.kind, d.status,
                       d.drop_reason FROM inspection_demand d JOIN enterprise e ON e.id = d.enterprise_id
                WHERE """ + String.join(" AND ", where) + " ORDER BY " + order + " LIMIT 21 OFFSET :offset")
                .params(params).query().listOfRows());
        model.addAttribute("filter", Map.of("status", status == null ? "" : status, "kind", kind == null ? "" : kind,
                "unit", unit == null ? "" : unit.toString(), "sort", sort));
        model.addAttribute("page", p);
        model.addAttribute("departments", departments());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("myDepartments", departments().stream().filter(u -> actor.memberOf(u.id())
                || actor.has(Role.ADMIN)).toList());
        model.addAttribute("mayRegister", actor.hasAny(Role.ADMIN, Role.HANDLER, Role.HEAD));
        return "inspection/demands";
    }

    @PostMapping("/demands")
    String register(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earliest,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate latest,
            @RequestParam(required = false) Integer minutes, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String forms) {
        demands.register(current.get(), new DemandRegistration.DemandForm(enterpriseId, unitId, forms, earliest,
                latest, minutes, kind));
        return "redirect:/inspection/demands?sort=created";
    }

    private static String scope(Actor actor, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("(false");
        for (int i = 0; i < actor.jurisdictionPaths().size(); i++) {
            params.put("p" + i, actor.jurisdictionPaths().get(i) + "%");
            where.append(" OR e.jurisdiction_path LIKE :p").append(i);
        }
        return where.append(")").toString();
    }

    private List<Unit> departments() {
        return units.active().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).toList();
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
