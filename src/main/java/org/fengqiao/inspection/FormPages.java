package org.fengqiao.inspection;

import java.util.HashMap;
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

    @GetMapping
    String list(Model model) {
        Actor actor = current.get();
        model.addAttribute("forms", forms.all());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("mayBuild", actor.hasAny(Role.ADMIN, Role.HEAD));
        model.addAttribute("departments", units.active().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .filter(u -> actor.has(Role.ADMIN) || actor.memberOf(u.id())).toList());
        return "inspection/forms";
    }

    @GetMapping("/{id}")
    String form(@PathVariable UUID id, @RequestParam(required = false) Integer v, Model model) {
        Actor actor = current.get();
        CheckForm form = forms.find(id, v).orElseThrow(() -> new NotFound("form", id));
        CheckForm latest = forms.get(id);
        model.addAttribute("f", form);
        model.addAttribute("latest", latest.number());
        model.addAttribute("lines", FormLines.format(latest));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("mayEdit", actor.has(Role.ADMIN)
                || form.unitId() != null && actor.has(Role.HEAD) && actor.memberOf(form.unitId()));
        return "inspection/form";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String items) {
        CheckForm f = builder.create(current.get(), new FormBuilder.FormDraft(code, name, kind, unitId,
                FormLines.parse(items)));
        return "redirect:/inspection/forms/" + f.id();
    }

    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String name,
            @RequestParam(required = false) String items) {
        CheckForm current = forms.get(id);
        CheckForm f = builder.edit(this.current.get(), id, version, new FormBuilder.FormDraft(current.code(), name,
                current.kind().name(), current.unitId(), FormLines.parse(items)));
        return "redirect:/inspection/forms/" + f.id();
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
