package org.fengqiao.community;

import java.time.LocalDate;
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

/** Staff pages for joint actions: the campaigns of a community and one campaign's dashboard and logbook. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class CampaignPages {

    private final CampaignDesk desk;
    private final Campaigns campaigns;
    private final CommunityAccess access;
    private final CampaignCases cases;
    private final CampaignRouting routing;
    private final CurrentActor current;

    CampaignPages(CampaignDesk desk, Campaigns campaigns, CommunityAccess access, CampaignCases cases,
            CampaignRouting routing, CurrentActor current) {
        this.desk = desk;
        this.campaigns = campaigns;
        this.access = access;
        this.cases = cases;
        this.routing = routing;
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
        model.addAttribute("units", routing.candidates(c));
        return "community/campaigns";
    }

    @PostMapping("/community/{code}/campaigns")
    String launch(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String aim, @RequestParam(required = false) String category,
            @RequestParam(required = false) String hotline, @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn, @RequestParam(required = false) String police,
            @RequestParam(required = false) String property, @RequestParam(required = false) String others,
            @RequestParam(required = false) String unit) {
        Campaign c = desk.launch(code, new CampaignDesk.Launch(title, aim, category, hotline, startsOn, endsOn, police,
                property, others, unit), current.get());
        return "redirect:/community/campaigns/" + c.id();
    }

    @GetMapping("/community/campaigns/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        LocalDate today = LocalDate.now(CampaignDesk.ZONE);
        Community community = access.community(c.communityCode());
        model.addAttribute("community", community);
        model.addAttribute("handler", desk.handler(c).orElse(null));
        model.addAttribute("units", routing.candidates(community));
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("cases", cases.of(c, openState(state), Paging.page(page), 20, actor));
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.communityPath()));
        model.addAttribute("c", c);
        model.addAttribute("parties", campaigns.parties(id));
        model.addAttribute("tasks", campaigns.tasks(id));
        model.addAttribute("progress", campaigns.progress(id, today));
        model.addAttribute("coverage", campaigns.coverage(id));
        model.addAttribute("weeks", campaigns.reportsPerWeek(id));
        model.addAttribute("hot", campaigns.hotBuildings(id, 10));
        model.addAttribute("events", campaigns.events(id, 30));
        model.addAttribute("today", today);
        return "community/campaign";
    }

    /** "open", "closed" or nothing (every case). */
    static Boolean openState(String state) {
        return state == null || state.isBlank() ? null : switch (state) {
            case "open" -> Boolean.TRUE;
            case "closed" -> Boolean.FALSE;
            default -> throw new org.fengqiao.shared.InvalidInput("state", "community.error.choice", state);
        };
    }

    @PostMapping("/community/campaigns/{id}/unit")
    String unit(@PathVariable UUID id, @RequestParam(required = false) String unit) {
        desk.assignUnit(id, unit, current.get());
        return "redirect:/community/campaigns/" + id + "#cases";
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
