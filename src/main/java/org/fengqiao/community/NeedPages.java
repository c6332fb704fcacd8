package org.fengqiao.community;

import java.util.UUID;

import org.fengqiao.casework.Category;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Grid workers' pages for needs: the list, pasting WeChat messages, and working a need off. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class NeedPages {

    static final int PAGE_SIZE = 20;

    private final CommunityAccess access;
    private final Needs needs;
    private final NeedIntake intake;
    private final NeedHandling handling;
    private final Partners partners;
    private final CurrentActor current;

    NeedPages(CommunityAccess access, Needs needs, NeedIntake intake, NeedHandling handling, Partners partners,
            CurrentActor current) {
        this.access = access;
        this.needs = needs;
        this.intake = intake;
        this.handling = handling;
        this.partners = partners;
        this.current = current;
    }

    @GetMapping("/community/{code}/needs")
    String list(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "raised") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Need.Status s = Texts.filter(Need.Status.class, status, "status");
        Needs.Page p = needs.of(c.code(), s, sort, "asc".equalsIgnoreCase(dir), Paging.page(page), PAGE_SIZE);
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("page", p);
        model.addAttribute("items", p.items().stream().map(n -> NeedView.of(n, actor)).toList());
        model.addAttribute("statuses", Need.Status.values());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        return "community/needs";
    }

    @PostMapping("/community/{code}/needs")
    String record(@PathVariable String code, @RequestParam(required = false) String text,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone) {
        NeedIntake.Receipt r = intake.record(code, text, name, phone, current.get());
        return "redirect:/community/needs/" + r.need().id();
    }

    @GetMapping("/community/{code}/needs/paste")
    String pasteForm(@PathVariable String code, Model model) {
        model.addAttribute("community", access.manage(code, current.get()));
        return "community/needs-paste";
    }

    @PostMapping("/community/{code}/needs/paste")
    String paste(@PathVariable String code, @RequestParam(required = false) String text, Model model) {
        Actor actor = current.get();
        model.addAttribute("community", access.manage(code, actor));
        model.addAttribute("result", intake.paste(code, text, actor));
        return "community/needs-paste";
    }

    @GetMapping("/community/needs/{id}")
    String need(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        Need n = handling.get(id, actor);
        Community c = access.community(n.communityCode());
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("need", NeedView.of(n, actor));
        model.addAttribute("steps", needs.steps(id));
        model.addAttribute("partners", partners.of(c.code()));
        model.addAttribute("categories", Category.values());
        return "community/need";
    }

    @PostMapping("/community/needs/{id}/match")
    String match(@PathVariable UUID id, @RequestParam(required = false) UUID resourceId,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long version) {
        handling.match(id, resourceId, note, version, current.get());
        return "redirect:/community/needs/" + id;
    }

    @PostMapping("/community/needs/{id}/case")
    String fileCase(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String category, @RequestParam(required = false) String reporterName,
            @RequestParam(required = false) String reporterPhone, @RequestParam(required = false) String address,
            @RequestParam(required = false) Long version) {
        handling.fileCase(id, new NeedHandling.CaseRequest(title, category, reporterName, reporterPhone, address,
                version), current.get());
        return "redirect:/community/needs/" + id;
    }

    @PostMapping("/community/needs/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version) {
        handling.complete(id, note, version, current.get());
        return "redirect:/community/needs/" + id;
    }
}
