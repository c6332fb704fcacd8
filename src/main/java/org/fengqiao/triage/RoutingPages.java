package org.fengqiao.triage;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The routing table page: everyone in the command room reads it, admins change it. */
@Controller
@RequestMapping("/triage/routes")
class RoutingPages {

    private final RoutingTable table;
    private final Triage triage;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final CurrentActor current;

    RoutingPages(RoutingTable table, Triage triage, Jurisdictions jurisdictions, Units units, CurrentActor current) {
        this.table = table;
        this.triage = triage;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.current = current;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER')")
    String list(@RequestParam(required = false) String category, @RequestParam(required = false) String path,
            @RequestParam(defaultValue = "JURISDICTION") Routes.Sort sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = current.get();
        List<Route> routes = table.list(actor, category, path, sort, page);
        model.addAttribute("routes", routes.subList(0, Math.min(routes.size(), RoutingTable.PAGE_SIZE)));
        model.addAttribute("hasNext", routes.size() > RoutingTable.PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("category", category);
        model.addAttribute("path", path);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", Routes.Sort.values());
        model.addAttribute("categories", triage.categories());
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(actor));
        model.addAttribute("units", units.active());
        model.addAttribute("canEdit", actor.has(org.fengqiao.org.Role.ADMIN));
        return "triage/routes";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String put(@RequestParam String jurisdictionPath, @RequestParam String category, @RequestParam UUID unitId) {
        table.put(current.get(), jurisdictionPath, category, unitId);
        return "redirect:/triage/routes?saved";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable UUID id, @RequestParam long version) {
        table.delete(current.get(), id, version);
        return "redirect:/triage/routes?deleted";
    }
}
