package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Enforcement decisions (penalties) and the filing register of major ones (重大执法决定备案). */
@Controller
@RequestMapping("/inspection/decisions")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class EnforcementPages {

    private static final int PAGE = 20;

    private final Enforcement enforcement;
    private final EnforcementDecisions decisions;
    private final Units units;
    private final CurrentActor current;

    EnforcementPages(Enforcement enforcement, EnforcementDecisions decisions, Units units, CurrentActor current) {
        this.enforcement = enforcement;
        this.decisions = decisions;
        this.units = units;
        this.current = current;
    }

    @GetMapping
    String list(@RequestParam(required = false) String month, @RequestParam(defaultValue = "false") boolean major,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        YearMonth m = MonthlyReportPages.month(month);
        List<EnforcementDecision> rows = decisions.find(actor.jurisdictionPaths(), Enforcement.unitsSeenBy(actor),
                m.atDay(1), m.atEndOfMonth(), major, PAGE + 1, page * PAGE);
        model.addAttribute("rows", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("more", rows.size() > PAGE);
        model.addAttribute("page", page);
        model.addAttribute("month", m.toString());
        model.addAttribute("major", major);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("mayFile", actor.has(Role.ADMIN));
        model.addAttribute("myDepartments", actor.hasAny(Role.HANDLER, Role.HEAD) ? units.all().stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT && actor.memberOf(u.id())).toList() : List.of());
        model.addAttribute("kinds", EnforcementDecision.Kind.values());
        return "inspection/decisions";
    }

    @PostMapping
    String record(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) UUID recordId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) BigDecimal fineYuan,
            @RequestParam(required = false) String documentNumber, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
        EnforcementDecision d = enforcement.record(current.get(), new Enforcement.Decision(enterpriseId, unitId,
                recordId, kind, fineYuan, documentNumber, summary, legalBasis, decidedOn));
        return "redirect:/inspection/decisions?month=" + YearMonth.from(d.decidedOn());
    }

    @PostMapping("/{id}/file")
    String file(@PathVariable UUID id, @RequestParam(defaultValue = "0") long version) {
        EnforcementDecision d = enforcement.file(current.get(), id, version);
        return "redirect:/inspection/decisions?major=true&month=" + YearMonth.from(d.decidedOn());
    }
}
