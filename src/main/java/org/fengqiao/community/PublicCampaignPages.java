package org.fengqiao.community;

import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A campaign's public report page (its own report channel): residents report from a phone without an account. */
@Controller
class PublicCampaignPages {

    private final CampaignDesk desk;
    private final Campaigns campaigns;
    private final CommunityAccess access;

    PublicCampaignPages(CampaignDesk desk, Campaigns campaigns, CommunityAccess access) {
        this.desk = desk;
        this.campaigns = campaigns;
        this.access = access;
    }

    @GetMapping("/public/community/campaigns/{id}")
    String form(@PathVariable UUID id, Model model) {
        Campaign c = campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
        model.addAttribute("c", c);
        model.addAttribute("community", access.community(c.communityCode()));
        return "community/campaign-report";
    }

    @PostMapping("/public/community/campaigns/{id}/reports")
    String report(@PathVariable UUID id, @RequestParam(required = false) String building,
            @RequestParam(required = false) String text, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, Model model) {
        Campaign.Report r = desk.report(id, new CampaignDesk.Report(building, text, name, phone),
                Actor.anonymousResident());
        Campaign c = campaigns.find(id).orElseThrow();
        model.addAttribute("c", c);
        model.addAttribute("community", access.community(c.communityCode()));
        model.addAttribute("caseNumber", r.caseNumber());
        return "community/campaign-report";
    }
}
