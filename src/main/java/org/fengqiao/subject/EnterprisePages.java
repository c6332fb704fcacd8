package org.fengqiao.subject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.springframework.context.MessageSource;
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

/** Enterprise list, detail and the create/edit form for people in the browser. */
@Controller
@RequestMapping("/enterprises")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR','ENTERPRISE')")
class EnterprisePages {

    private final Enterprises enterprises;
    private final EnterpriseRegistry registry;
    private final EnterpriseSearchForm searchForm;
    private final Industries industries;
    private final Jurisdictions jurisdictions;
    private final CurrentActor current;
    private final MessageSource messages;

    EnterprisePages(Enterprises enterprises, EnterpriseRegistry registry, EnterpriseSearchForm searchForm,
            Industries industries, Jurisdictions jurisdictions, CurrentActor current, MessageSource messages) {
        this.enterprises = enterprises;
        this.registry = registry;
        this.searchForm = searchForm;
        this.industries = industries;
        this.jurisdictions = jurisdictions;
        this.current = current;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        Actor actor = current.get();
        model.addAttribute("industries", industries.all());
        Map<String, String> industryNames = new HashMap<>();
        industries.all().forEach(i -> industryNames.put(i.code(), i.name()));
        model.addAttribute("industryNames", industryNames);
        model.addAttribute("statuses", CreditStatus.values());
        model.addAttribute("places", jurisdictions.visibleTo(actor));
        model.addAttribute("mayKeep", EnterpriseRegistry.mayKeep(actor));
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        EnterpriseQuery query = searchForm.query(q, industry, jurisdiction, status, sort, page, 20);
        model.addAttribute("result", enterprises.search(query, actor));
        model.addAttribute("query", query);
        model.addAttribute("f", new HashMap<>(Map.of("q", text(q), "industry", text(industry), "jurisdiction",
                text(jurisdiction), "status", text(status), "sort", query.sort().name())));
        model.addAttribute("placeNames", placeNames());
        model.addAttribute("actor", actor);
        return "subject/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        Actor actor = current.get();
        Enterprise e = enterprises.visibleTo(actor, EnterpriseId.of(id));
        model.addAttribute("e", e);
        model.addAttribute("phone", e.contact() == null ? null : e.contact().phoneFor(actor));
        model.addAttribute("placeNames", placeNames());
        return "subject/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    String create(Model model) {
        return form(model, EnterpriseForm.empty(), null, -1, List.of());
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    String create(EnterpriseForm form, Model model) {
        try {
            return "redirect:/enterprises/" + registry.register(form, current.get()).id();
        } catch (InvalidEnterprise e) {
            return form(model, form, null, -1, e.problems());
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    String edit(@PathVariable String id, Model model) {
        Enterprise e = enterprises.visibleTo(current.get(), EnterpriseId.of(id));
        String code = jurisdictions.find(e.jurisdictionId()).map(Jurisdiction::code).orElse("");
        return form(model, EnterpriseForm.of(e, code), e.id(), e.version(), List.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    String edit(@PathVariable String id, @RequestParam long version, EnterpriseForm form, Model model) {
        EnterpriseId eid = EnterpriseId.of(id);
        try {
            registry.edit(eid, version, form, current.get());
            return "redirect:/enterprises/" + id;
        } catch (InvalidEnterprise e) {
            return form(model, form, eid, version, e.problems());
        }
    }

    private String form(Model model, EnterpriseForm form, EnterpriseId id, long version, List<FieldProblem> problems) {
        Map<String, String> errors = new HashMap<>();
        problems.forEach(p -> errors.merge(p.field(), messages.getMessage(p.messageKey(), p.args(), p.messageKey(),
                LocaleContextHolder.getLocale()), (a, b) -> a + "；" + b));
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("units", jurisdictions.visibleTo(current.get()).stream()
                .filter(j -> j.level() == JurisdictionLevel.COMMUNITY || j.level() == JurisdictionLevel.GRID)
                .toList());
        return "subject/form";
    }

    private Map<String, String> placeNames() {
        Map<String, String> names = new HashMap<>();
        jurisdictions.all().forEach(j -> names.put(j.path(), j.name()));
        return names;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
