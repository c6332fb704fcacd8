package org.fengqiao.community;

import java.time.LocalDate;
import java.util.UUID;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseId;
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

/** Staff pages for joint actions: the campaigns of a community and one campaign's dashboard and logbook. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class CampaignPages {

    private final CampaignDesk desk;
    private final Campaigns campaigns;
    private final CommunityAccess access;
    private final CaseExchange cases;
    private final CurrentActor current;

    CampaignPages(CampaignDesk desk, Campaigns campaigns, CommunityAccess access, CaseExchange cases,
            CurrentActor current) {
        this.desk = desk;
        this.campaigns = campaigns;
        this.access = access;
        this.cases = cases;
        this.current = current;
    }

    @GetMapping("/community/{code}/campaigns")
    String list(@PathVariable String code, @RequestParam(required = false) String state, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Boolean running = state == null || state.isBlank() ? null : switch (state) {
            case "running" -> Boolean.TRUE;
            case "ended" -> Boolean.FALSE;
            default -> throw new org.fengqiao.shared.InvalidInput("state", "community.error.choice", state);
        };
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("campaigns", campaigns.of(c.code(), running, LocalDate.now(CampaignDesk.ZONE)));
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("categories", Category.values());
        return "community/campaigns";
    }

    @PostMapping("/community/{code}/campaigns")
    String launch(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String aim, @RequestParam(required = false) String category,
            @RequestParam(required = false) String hotline, @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn, @RequestParam(required = false) String police,
            @RequestParam(required = false) String property, @RequestParam(required = false) String others) {
        Campaign c = desk.launch(code, new CampaignDesk.Launch(title, aim, category, hotline, startsOn, endsOn, police,
                property, others), current.get());
        return "redirect:/community/campaigns/" + c.id();
    }

    @GetMapping("/community/campaigns/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        LocalDate today = LocalDate.now(CampaignDesk.ZONE);
        model.addAttribute("community", access.community(c.communityCode()));
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.communityPath()));
        model.addAttribute("c", c);
        model.addAttribute("parties", campaigns.parties(id));
        model.addAttribute("tasks", campaigns.tasks(id));
        model.addAttribute("progress", campaigns.progress(id, today));
        model.addAttribute("coverage", campaigns.coverage(id));
        model.addAttribute("weeks", campaigns.reportsPerWeek(id));
        model.addAttribute("hot", campaigns.hotBuildings(id, 10));
        model.addAttribute("events", campaigns.events(id, 30));
        model.addAttribute("reports", campaigns.reports(id, 30).stream().map(r -> new ReportLine(r,
                cases.current(new CaseId(r.caseId())).map(s -> s.status().name()).orElse(null))).toList());
        model.addAttribute("today", today);
        return "community/campaign";
    }

    /** A report with the state of the case it became. */
    record ReportLine(Campaign.Report report, String caseStatus) {
    }

    @PostMapping("/community/campaigns/{id}/tasks")
    String task(@PathVariable UUID id, @RequestParam(required = false) UUID partyId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String dueOn) {
        desk.task(id, partyId, title, dueOn, current.get());
        return "redirect:/community/campaigns/" + id + "#tasks";
    }

    @PostMapping("/community/campaign-tasks/{taskId}/done")
    String done(@PathVariable UUID taskId, @RequestParam(required = false) String note) {
        UUID id = desk.completeTask(taskId, note, current.get());
        return "redirect:/community/campaigns/" + id + "#tasks";
    }

    @PostMapping("/community/campaigns/{id}/buildings")
    String buildings(@PathVariable UUID id, @RequestParam(required = false) String buildings) {
        desk.buildings(id, buildings, current.get());
        return "redirect:/community/campaigns/" + id + "#pledges";
    }

    @PostMapping("/community/campaigns/{id}/pledges")
    String pledge(@PathVariable UUID id, @RequestParam(required = false) String building,
            @RequestParam(required = false) String room, @RequestParam(required = false) String signer) {
        desk.pledge(id, building, room, signer, current.get());
        return "redirect:/community/campaigns/" + id + "#pledges";
    }

    @PostMapping("/community/campaigns/{id}/events")
    String log(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String place, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer people, @RequestParam(required = false) String finding,
            @RequestParam(required = false) String building) {
        desk.log(id, new CampaignDesk.Activity(kind, place, note, people, finding, building), current.get());
        return "redirect:/community/campaigns/" + id + "#events";
    }

    @PostMapping("/community/campaigns/{id}/hotline")
    String hotline(@PathVariable UUID id, @RequestParam(required = false) String building,
            @RequestParam(required = false) String text, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone) {
        desk.report(id, new CampaignDesk.Report(building, text, name, phone), current.get());
        return "redirect:/community/campaigns/" + id + "#reports";
    }
}
