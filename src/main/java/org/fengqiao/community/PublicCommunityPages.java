package org.fengqiao.community;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page any resident may open for a community: its approved stewards and its partners, personal data masked. */
@Controller
class PublicCommunityPages {

    private final CommunityAccess access;
    private final Stewards stewards;
    private final Partners partners;

    PublicCommunityPages(CommunityAccess access, Stewards stewards, Partners partners) {
        this.access = access;
        this.stewards = stewards;
        this.partners = partners;
    }

    @GetMapping("/public/community/{code}")
    String community(@PathVariable String code, Model model) {
        Community c = access.community(code);
        model.addAttribute("community", c);
        model.addAttribute("stewards", stewards.of(c.code(), Steward.Status.APPROVED).stream()
                .map(StewardView::published).toList());
        model.addAttribute("partners", partners.of(c.code()).stream().map(p -> PartnerView.of(p, null)).toList());
        return "community/public";
    }
}
