package org.fengqiao.casework;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultation proposal on the case page (panel and one-click convene) and over the API. */
@Controller
class ConsultationProposalPages {

    private final ConsultationProposals proposals;
    private final CaseHandling handling;
    private final CurrentActor actors;

    ConsultationProposalPages(ConsultationProposals proposals, CaseHandling handling, CurrentActor actors) {
        this.proposals = proposals;
        this.handling = handling;
        this.actors = actors;
    }

    @GetMapping("/casework/cases/{id}/consultation-proposal")
    String panel(@PathVariable UUID id, Model model) {
        handling.get(new CaseId(id), actors.get());
        model.addAttribute("caseId", id);
        model.addAttribute("proposal", proposals.open(id).orElse(null));
        return "casework/consultation-proposal :: panel";
    }

    @PostMapping("/casework/cases/{id}/consultation-proposal/convene")
    String convene(@PathVariable UUID id, RedirectAttributes flash) {
        proposals.convene(new CaseId(id), actors.get(), Instant.now());
        flash.addFlashAttribute("done", "casework.proposal.convened");
        return "redirect:/casework/cases/" + id;
    }

    @GetMapping("/api/v1/cases/{id}/consultation-proposal")
    @ResponseBody
    Map<String, Object> proposal(@PathVariable UUID id) {
        handling.get(new CaseId(id), actors.get());
        return proposals.open(id).<Map<String, Object>>map(p -> Map.of("proposed", true, "rung", p.rung(),
                "proposedAt", p.proposedAt())).orElse(Map.of("proposed", false));
    }

    @PostMapping("/api/v1/cases/{id}/consultation-proposal/convene")
    @ResponseBody
    Map<String, UUID> conveneByApi(@PathVariable UUID id) {
        return Map.of("id", proposals.convene(new CaseId(id), actors.get(), Instant.now()));
    }
}
