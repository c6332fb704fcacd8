package org.fengqiao.casework;

import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merging on the case page: the merge form's target, and the panel that says whom a case follows or who follows it. */
@Controller
class CaseMergePages {

    private final CaseMerging merging;
    private final CaseHandling handling;
    private final CurrentActor actors;

    CaseMergePages(CaseMerging merging, CaseHandling handling, CurrentActor actors) {
        this.merging = merging;
        this.handling = handling;
        this.actors = actors;
    }

    @PostMapping("/casework/cases/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String target,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        merging.merge(new CaseId(id), version, target, note, actors.get(), Channel.WORKBENCH);
        flash.addFlashAttribute("done", "casework.action.MERGE");
        return "redirect:/casework/cases/" + id;
    }

    /** htmx fragment on the case page. */
    @GetMapping("/casework/cases/{id}/merges")
    String panel(@PathVariable UUID id, Model model) {
        Actor actor = actors.get();
        model.addAttribute("merges", merging.of(handling.get(new CaseId(id), actor)));
        return "casework/merges :: panel";
    }
}
