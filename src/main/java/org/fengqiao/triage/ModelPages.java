package org.fengqiao.triage;

import java.util.List;

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
    private final BackgroundRetraining background;
    private final RetrainJobs jobs;

    ModelPages(ModelVersions versions, Corrections corrections, Retraining retraining, ActiveModel active,
            CurrentActor current, BackgroundRetraining background, RetrainJobs jobs) {
        this.background = background;
        this.jobs = jobs;
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
        model.addAttribute("jobs", jobs.recent(5));
        return "triage/models";
    }

    /** Queues a retrain in the background (or points at the one already under way) and shows its progress. */
    @PostMapping("/retrain")
    String retrain() {
        return "redirect:/triage/models?job=" + background.request(current.get());
    }

    /** Progress of a retrain (htmx fragment, polled while the job is pending). */
    @GetMapping("/jobs/{id}")
    String job(@PathVariable java.util.UUID id, Model model) {
        model.addAttribute("jobs", List.of(jobs.find(id).orElseThrow(() -> new org.fengqiao.shared.NotFound("job", id))));
        return "triage/models :: job";
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
