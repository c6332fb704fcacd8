package org.fengqiao.triage;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dispatcher's triage queue with one-click picks, and the triage panel that the case page loads. */
@Controller
class QueuePages {

    private final TriageQueue queue;
    private final Duplicates duplicates;
    private final Triage triage;
    private final CurrentActor current;

    QueuePages(TriageQueue queue, Duplicates duplicates, Triage triage, CurrentActor current) {
        this.queue = queue;
        this.duplicates = duplicates;
        this.triage = triage;
        this.current = current;
    }

    @GetMapping("/triage/queue")
    @PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER')")
    String list(@RequestParam(required = false) String category, @RequestParam(defaultValue = "false") boolean newest,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<TriagedCases.Row> rows = queue.list(current.get(), category, newest, page);
        model.addAttribute("rows", rows.subList(0, Math.min(rows.size(), TriageQueue.PAGE_SIZE)));
        model.addAttribute("hasNext", rows.size() > TriageQueue.PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("category", category);
        model.addAttribute("newest", newest);
        model.addAttribute("categories", triage.categories());
        return "triage/queue";
    }

    @PostMapping("/triage/queue/{caseId}/pick")
    @PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER')")
    String pick(@PathVariable UUID caseId, @RequestParam String category) {
        queue.pick(current.get(), caseId, category);
        return "redirect:/triage/queue?picked";
    }

    /** The case page's triage panel (htmx fragment): suggestion, outcome and possible duplicates. */
    @GetMapping("/triage/cases/{caseId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER', 'HANDLER', 'HEAD', 'OFFICER', 'AUDITOR')")
    String panel(@PathVariable UUID caseId, @RequestParam(name = "v", required = false) Long version, Model model) {
        Actor actor = current.get();
        model.addAttribute("mergeVersion", version != null && actor.hasAny(Role.DISPATCHER, Role.ADMIN) ? version : null);
        TriagedCases.Row row = queue.get(actor, caseId);
        model.addAttribute("row", row);
        model.addAttribute("duplicates", duplicates.of(row, actor));
        return "triage/panel :: panel";
    }
}
