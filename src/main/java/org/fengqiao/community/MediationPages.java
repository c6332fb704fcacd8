package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.casework.Channel;
import org.fengqiao.casework.SubjectFollowUps;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Mediators' pages: the community's disputes with the mediators' workload, and one dispute worked through. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class MediationPages {

    private final MediationDesk desk;
    private final Mediations mediations;
    private final CommunityAccess access;
    private final CurrentActor current;
    private final AgreementPdf pdf;
    private final MediationFollowUps followUps;

    MediationPages(MediationDesk desk, Mediations mediations, CommunityAccess access, CurrentActor current,
            AgreementPdf pdf, MediationFollowUps followUps) {
        this.pdf = pdf;
        this.followUps = followUps;
        this.desk = desk;
        this.mediations = mediations;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/community/{code}/mediations")
    String list(@PathVariable String code, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("items", mediations.of(c.code()).stream().map(m -> MediationView.of(m, actor)).toList());
        model.addAttribute("workload", mediations.workload(c.code()));
        model.addAttribute("types", Mediation.Type.values());
        return "community/mediations";
    }

    @PostMapping("/community/{code}/mediations")
    String open(@PathVariable String code, @RequestParam(required = false) String type,
            @RequestParam(required = false) String summary, @RequestParam(required = false) String applicants,
            @RequestParam(required = false) String respondents, @RequestParam(required = false) String mediators) {
        Mediation m = desk.open(code, new MediationDesk.Intake(type, summary, applicants, respondents, mediators),
                current.get());
        return "redirect:/community/mediations/" + m.id();
    }

    @GetMapping("/community/mediations/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        Mediation m = desk.get(id, actor);
        model.addAttribute("community", access.community(m.communityCode()));
        model.addAttribute("manage", CommunityAccess.mayManage(actor, m.communityPath()));
        model.addAttribute("m", MediationView.of(m, actor));
        model.addAttribute("sessions", mediations.sessions(id));
        model.addAttribute("followUps", followUps.of(id, actor));
        model.addAttribute("settledAt", mediations.settledAt(id).orElse(null));
        model.addAttribute("methods", List.of("PHONE", "VISIT"));
        model.addAttribute("outcomes", List.of("HELD", "RECURRED", "UNREACHABLE"));
        model.addAttribute("referrals", Mediation.Referral.values());
        return "community/mediation";
    }

    @GetMapping("/community/mediations/{id}/agreement")
    String agreement(@PathVariable UUID id, Model model) {
        Mediation m = desk.get(id, current.get());
        model.addAttribute("m", m);
        return "community/agreement";
    }

    @GetMapping(value = "/community/mediations/{id}/agreement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> agreementPdf(@PathVariable UUID id) {
        Mediation m = desk.get(id, current.get());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(m.number() + ".pdf").build().toString()).body(pdf.render(m));
    }

    @PostMapping("/community/mediations/{id}/sessions")
    String session(@PathVariable UUID id, @RequestParam(required = false) String note) {
        desk.session(id, note, current.get());
        return "redirect:/community/mediations/" + id;
    }

    @PostMapping("/community/mediations/{id}/agreement")
    String agree(@PathVariable UUID id, @RequestParam(required = false) String terms,
            @RequestParam(required = false) Long version) {
        desk.agree(id, terms, version, current.get());
        return "redirect:/community/mediations/" + id;
    }

    @PostMapping("/community/mediations/{id}/referral")
    String refer(@PathVariable UUID id, @RequestParam(required = false) String referredTo,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Long version) {
        desk.refer(id, referredTo, reason, version, current.get());
        return "redirect:/community/mediations/" + id;
    }

    /** Records a follow-up from the mediation's page, with the fields and rules of the unit's follow-up list. */
    @PostMapping("/community/mediations/{id}/follow-ups/{followUpId}")
    String followUp(@PathVariable UUID id, @PathVariable UUID followUpId,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String method,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer satisfaction,
            @RequestParam(required = false) Boolean holding, @RequestParam(required = false) String note) {
        desk.followUp(id, followUpId, new SubjectFollowUps.Report(version, method, outcome, satisfaction, note),
                holding, current.get(), Channel.WORKBENCH);
        return "redirect:/community/mediations/" + id;
    }
}
