package org.fengqiao.triage;

import org.fengqiao.org.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Model versions for admins: retrain, read the held-out evaluation, accept or reject, roll back. */
@Controller
@RequestMapping("/triage/models")
@PreAuthorize("hasRole('ADMIN')")
class ModelPages {

    private final ModelVersions versions;
    private final Corrections corrections;
    private final Retraining retraining;
    private final ActiveModel active;
    private final CurrentActor current;

    ModelPages(ModelVersions versions, Corrections corrections, Retraining retraining, ActiveModel active,
            CurrentActor current) {
        this.versions = versions;
        this.corrections = corrections;
        this.retraining = retraining;
        this.active = active;
        this.current = current;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("activeVersion", active.get().version());
        model.addAttribute("versions", versions.all());
        model.addAttribute("corrections", corrections.count());
        return "triage/models";
    }

    @PostMapping("/retrain")
    String retrain() {
        int version = retraining.retrain(current.get());
        return "redirect:/triage/models?trained=" + version;
    }

    @PostMapping("/{version}/activate")
    String activate(@PathVariable int version) {
        retraining.activate(version, current.get());
        return "redirect:/triage/models?activated=" + version;
    }

    @PostMapping("/{version}/reject")
    String reject(@PathVariable int version) {
        retraining.reject(version, current.get());
        return "redirect:/triage/models?rejected=" + version;
    }
}
