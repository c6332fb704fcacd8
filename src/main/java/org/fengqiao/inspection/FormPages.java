package org.fengqiao.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Check forms: the list, one form at any of its versions, and the builder (admins; heads for their department). */
@Controller
@RequestMapping("/inspection/forms")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class FormPages {

    private final CheckForms forms;
    private final FormBuilder builder;
    private final Units units;
    private final CurrentActor current;

    FormPages(CheckForms forms, FormBuilder builder, Units units, CurrentActor current) {
        this.forms = forms;
        this.builder = builder;
        this.units = units;
        this.current = current;
    }

    /** What was typed into the new-form fields, kept while its rows are edited. */
    record NewForm(String code, String name, String kind, String unitId) {
    }

    @GetMapping
    String list(Model model) {
        Actor actor = current.get();
        model.addAttribute("forms", forms.all());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("mayBuild", actor.hasAny(Role.ADMIN, Role.HEAD));
        model.addAttribute("departments", units.active().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .filter(u -> actor.has(Role.ADMIN) || actor.memberOf(u.id())).toList());
        model.addAttribute("types", AnswerType.values());
        if (!model.containsAttribute("rows")) {
            model.addAttribute("rows", List.of(FormRows.Row.blank()));
            model.addAttribute("draft", new NewForm("", "", "PROFESSIONAL", ""));
        }
        return "inspection/forms";
    }

    @GetMapping("/{id}")
    String form(@PathVariable UUID id, @RequestParam(required = false) Integer v, Model model) {
        Actor actor = current.get();
        CheckForm form = forms.find(id, v).orElseThrow(() -> new NotFound("form", id));
        CheckForm latest = forms.get(id);
        model.addAttribute("f", form);
        model.addAttribute("latest", latest.number());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("types", AnswerType.values());
        model.addAttribute("mayEdit", actor.has(Role.ADMIN)
                || form.unitId() != null && actor.has(Role.HEAD) && actor.memberOf(form.unitId()));
        if (!model.containsAttribute("rows")) {
            model.addAttribute("rows", FormRows.of(latest));
            model.addAttribute("draftName", latest.name());
        }
        return "inspection/form";
    }

    /** Saves a new form, or with {@code op} (add, remove:i, up:i, down:i) redraws the page with its rows edited. */
    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String op, @RequestParam MultiValueMap<String, String> params,
            Model model) {
        List<FormRows.Row> rows = FormRows.posted(params);
        if (op != null) {
            model.addAttribute("rows", FormRows.edit(rows, op));
            model.addAttribute("draft", new NewForm(code, name, kind, unitId == null ? "" : unitId.toString()));
            return list(model);
        }
        CheckForm f = builder.create(current.get(), new FormBuilder.FormDraft(code, name, kind, unitId,
                FormRows.drafts(rows)));
        return "redirect:/inspection/forms/" + f.id();
    }

    /** Saves the form (a new version when in use), or with {@code op} redraws it with its rows edited. */
    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String name,
            @RequestParam(required = false) String op, @RequestParam MultiValueMap<String, String> params,
            Model model) {
        List<FormRows.Row> rows = FormRows.posted(params);
        if (op != null) {
            model.addAttribute("rows", FormRows.edit(rows, op));
            model.addAttribute("draftName", name);
            return form(id, null, model);
        }
        CheckForm current = forms.get(id);
        CheckForm f = builder.edit(this.current.get(), id, version, new FormBuilder.FormDraft(current.code(), name,
                current.kind().name(), current.unitId(), FormRows.drafts(rows)));
        return "redirect:/inspection/forms/" + f.id();
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
