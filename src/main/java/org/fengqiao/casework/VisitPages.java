package org.fengqiao.casework;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Field officers' phone pages: log a visit with any number of issues (rows added with htmx), see own visits. */
@Controller
@RequestMapping("/casework/visits")
class VisitPages {

    static final int MAX_ISSUES = 10;

    private final VisitLog log;
    private final FieldVisits visits;
    private final CasePages cases;
    private final CurrentActor actors;

    VisitPages(VisitLog log, FieldVisits visits, CasePages cases, CurrentActor actors) {
        this.log = log;
        this.visits = visits;
        this.cases = cases;
        this.actors = actors;
    }

    @GetMapping("/new")
    String form(Model model) {
        Actor actor = officer();
        model.addAttribute("categories", Category.values());
        model.addAttribute("places", cases.places(actor));
        model.addAttribute("recent", visits.byOfficer(actor.personId(), 10));
        model.addAttribute("rows", List.of(0));
        return "casework/visit";
    }

    /** One more issue row (htmx). */
    @GetMapping("/issue")
    String issueRow(@RequestParam int i, Model model) {
        officer();
        model.addAttribute("i", Math.max(0, Math.min(i, MAX_ISSUES - 1)));
        model.addAttribute("categories", Category.values());
        return "casework/visit :: issue";
    }

    @PostMapping("/new")
    String save(@RequestParam(required = false) String enterpriseName,
            @RequestParam(required = false) String creditCode, @RequestParam(required = false) String contactName,
            @RequestParam(required = false) String contactPhone, @RequestParam(required = false) String address,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String notes,
            @RequestParam(name = "issueTitle", required = false) List<String> titles,
            @RequestParam(name = "issueDescription", required = false) List<String> descriptions,
            @RequestParam(name = "issueCategory", required = false) List<Category> categories, Model model,
            RedirectAttributes flash) {
        List<VisitLog.Issue> issues = new ArrayList<>();
        int n = titles == null ? 0 : Math.min(titles.size(), MAX_ISSUES);
        for (int i = 0; i < n; i++) {
            issues.add(new VisitLog.Issue(titles.get(i), at(descriptions, i),
                    categories != null && i < categories.size() ? categories.get(i) : null));
        }
        try {
            List<Case> filed = log.record(new VisitLog.Visit(enterpriseName, creditCode, contactName, contactPhone,
                    address, jurisdiction, notes, issues), officer());
            flash.addFlashAttribute("saved", filed.size());
            return "redirect:/casework/visits/new";
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
            String page = form(model);
            model.addAttribute("rows", java.util.stream.IntStream.range(0, Math.max(1, n)).boxed().toList());
            return page;
        }
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }

    private Actor officer() {
        Actor actor = actors.get();
        if (!actor.hasAny(Role.OFFICER, Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
        return actor;
    }
}
