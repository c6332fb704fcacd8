package org.fengqiao.org;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NavLink;
import org.fengqiao.shared.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration pages: units, accounts and the jurisdiction tree. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class OrgAdminPages {

    private final Administration administration;
    private final Units units;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final CurrentActor current;
    private final MessageSource messages;

    OrgAdminPages(Administration administration, Units units, People people, Jurisdictions jurisdictions,
            CurrentActor current, MessageSource messages) {
        this.administration = administration;
        this.units = units;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.current = current;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("places", jurisdictions.all());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("allUnits", units.all());
        model.addAttribute("error", Map.of());
    }

    @GetMapping("/units")
    String units(Model model) {
        model.addAttribute("units", units.all());
        return "org/units";
    }

    @PostMapping("/units")
    String createUnit(@RequestParam String code, @RequestParam String name, @RequestParam String kind,
            @RequestParam(required = false) UUID jurisdictionId, Model model) {
        return attempt(() -> administration.createUnit(code, name, kind, jurisdictionId, current.get()),
                "redirect:/admin/units", () -> units(model), model);
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable UUID id, Model model) {
        model.addAttribute("unit", units.find(id).orElseThrow(() -> new NotFound("unit", id)));
        model.addAttribute("version", units.version(id));
        return "org/unit";
    }

    @PostMapping("/units/{id}")
    String changeUnit(@PathVariable UUID id, @RequestParam long version, @RequestParam String name,
            @RequestParam String kind, @RequestParam(required = false) UUID jurisdictionId,
            @RequestParam(defaultValue = "false") boolean active, Model model) {
        return attempt(() -> administration.changeUnit(id, version, name, kind, jurisdictionId, active, current.get()),
                "redirect:/admin/units", () -> unit(id, model), model);
    }

    @GetMapping("/people")
    String people(Model model) {
        model.addAttribute("people", people.all());
        model.addAttribute("placeNames", names());
        return "org/people";
    }

    @PostMapping("/people")
    String createPerson(@RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) String phone, @RequestParam String password,
            @RequestParam(required = false) Set<String> roles,
            @RequestParam(required = false) Set<UUID> jurisdictionIds,
            @RequestParam(required = false) Set<UUID> unitIds, Model model) {
        return attempt(() -> administration.createPerson(username, displayName, phone, password, roles,
                jurisdictionIds, unitIds, current.get()), "redirect:/admin/people", () -> people(model), model);
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.find(id).orElseThrow(() -> new NotFound("person", id)));
        model.addAttribute("version", people.version(id));
        return "org/person";
    }

    @PostMapping("/people/{id}")
    String changePerson(@PathVariable UUID id, @RequestParam long version, @RequestParam String displayName,
            @RequestParam(required = false) String phone, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) Set<String> roles,
            @RequestParam(required = false) Set<UUID> jurisdictionIds,
            @RequestParam(required = false) Set<UUID> unitIds, Model model) {
        return attempt(() -> administration.changePerson(id, version, displayName, phone, enabled, roles,
                jurisdictionIds, unitIds, current.get()), "redirect:/admin/people", () -> person(id, model), model);
    }

    @GetMapping("/jurisdictions")
    String jurisdictions(Model model) {
        model.addAttribute("tree", OrgApi.tree(jurisdictions.all(), null));
        return "org/jurisdictions";
    }

    @PostMapping("/jurisdictions")
    String addJurisdiction(@RequestParam(required = false) UUID parentId, @RequestParam String code,
            @RequestParam String name, Model model) {
        return attempt(() -> administration.addJurisdiction(parentId, code, name, current.get()),
                "redirect:/admin/jurisdictions", () -> jurisdictions(model), model);
    }

    /** Runs the change; on a refused input shows the page again with the message next to the field. */
    private String attempt(Supplier<?> change, String success, Supplier<String> again, Model model) {
        try {
            change.get();
            return success;
        } catch (InvalidInput e) {
            model.addAttribute("error", Map.of(e.field() == null ? "form" : e.field(),
                    messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale())));
            return again.get();
        }
    }

    private Map<UUID, String> names() {
        Map<UUID, String> names = new java.util.HashMap<>();
        jurisdictions.all().forEach(j -> names.put(j.id(), j.name()));
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Links {

        @Bean
        NavLink adminUnitsLink() {
            return new NavLink("org.nav.units", "/admin/units", Set.of("ADMIN"), 90);
        }

        @Bean
        NavLink adminPeopleLink() {
            return new NavLink("org.nav.people", "/admin/people", Set.of("ADMIN"), 91);
        }

        @Bean
        NavLink adminJurisdictionsLink() {
            return new NavLink("org.nav.jurisdictions", "/admin/jurisdictions", Set.of("ADMIN"), 92);
        }
    }
}
