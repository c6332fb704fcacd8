package org.fengqiao.community;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Unit;
import org.fengqiao.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for 三查三看: the stations, a station's month, the checker's phone form, findings and the item list. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','HEAD','AUDITOR')")
class ConductPages {

    static final int PAGE_SIZE = 20;
    static final Set<String> STATES = Set.of("open", "overdue", "rectified", "all");

    private final ConductDesk desk;
    private final ConductChecks checks;
    private final CurrentActor current;

    ConductPages(ConductDesk desk, ConductChecks checks, CurrentActor current) {
        this.desk = desk;
        this.checks = checks;
        this.current = current;
    }

    @GetMapping("/community/conduct")
    String stations(Model model) {
        model.addAttribute("stations", desk.visibleStations(current.get()));
        return "community/conduct-stations";
    }

    @GetMapping("/community/conduct/{code}")
    String station(@PathVariable String code, @RequestParam(required = false) String month, Model model) {
        Actor actor = current.get();
        Unit u = desk.read(code, actor);
        YearMonth m = ConductDesk.month(month);
        LocalDate today = LocalDate.now(ConductDesk.ZONE);
        model.addAttribute("station", u);
        model.addAttribute("check", ConductDesk.mayCheck(actor, u));
        model.addAttribute("month", m.toString());
        model.addAttribute("teams", checks.month(u.id(), m.atDay(1), m.atEndOfMonth(), today));
        model.addAttribute("satisfaction", desk.satisfaction(u, m, actor));
        return "community/conduct-station";
    }

    @GetMapping("/community/conduct/{code}/check")
    String form(@PathVariable String code, Model model) {
        Unit u = desk.check(code, current.get());
        Map<Conduct.Dimension, List<Conduct.Item>> byDimension = new LinkedHashMap<>();
        desk.items(u).forEach(i -> byDimension.computeIfAbsent(i.dimension(), k -> new java.util.ArrayList<>()).add(i));
        model.addAttribute("station", u);
        model.addAttribute("groups", byDimension);
        model.addAttribute("today", LocalDate.now(ConductDesk.ZONE));
        return "community/conduct-check";
    }

    @PostMapping("/community/conduct/{code}/checks")
    String record(@PathVariable String code, @RequestParam MultiValueMap<String, String> form) {
        Map<UUID, String> verdicts = new HashMap<>();
        Map<UUID, String> notes = new HashMap<>();
        form.forEach((key, values) -> {
            UUID id = key.startsWith("item-") ? uuid(key.substring(5)) : key.startsWith("note-") ? uuid(key.substring(5))
                    : null;
            if (id != null && !values.isEmpty()) {
                (key.startsWith("item-") ? verdicts : notes).put(id, values.get(0));
            }
        });
        desk.record(code, form.getFirst("team"), verdicts, notes, days(form.getFirst("rectifyDays")), current.get());
        return "redirect:/community/conduct/" + code.strip() + "/findings?state=open";
    }

    @GetMapping("/community/conduct/{code}/findings")
    String findings(@PathVariable String code, @RequestParam(defaultValue = "open") String state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Unit u = desk.read(code, actor);
        if (!STATES.contains(state)) {
            throw new InvalidInput("state", "community.error.choice", state);
        }
        LocalDate today = LocalDate.now(ConductDesk.ZONE);
        model.addAttribute("station", u);
        model.addAttribute("check", ConductDesk.mayCheck(actor, u));
        model.addAttribute("state", state);
        model.addAttribute("today", today);
        model.addAttribute("page", checks.findings(u.id(), state, today, Paging.page(page), PAGE_SIZE));
        return "community/conduct-findings";
    }

    @PostMapping("/community/conduct/findings/{id}/rectify")
    String rectify(@PathVariable UUID id, @RequestParam(required = false) String note) {
        return "redirect:/community/conduct/" + desk.rectify(id, note, current.get()) + "/findings?state=open";
    }

    @GetMapping("/community/conduct/{code}/items")
    String items(@PathVariable String code, Model model) {
        Actor actor = current.get();
        Unit u = desk.read(code, actor);
        model.addAttribute("station", u);
        model.addAttribute("check", ConductDesk.mayConfigure(actor, u));
        model.addAttribute("items", checks.items(u.id()));
        model.addAttribute("dimensions", Conduct.Dimension.values());
        return "community/conduct-items";
    }

    @PostMapping("/community/conduct/{code}/items")
    String addItem(@PathVariable String code, @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String text) {
        desk.addItem(code, dimension, text, current.get());
        return "redirect:/community/conduct/" + code.strip() + "/items";
    }

    @PostMapping("/community/conduct/items/{id}/retire")
    String retire(@PathVariable UUID id) {
        return "redirect:/community/conduct/" + desk.retireItem(id, current.get()) + "/items";
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer days(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("rectifyDays", "community.error.range", 1, 30);
        }
    }
}
