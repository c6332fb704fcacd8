package org.fengqiao.community;

import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages for donation drives: the list, one drive with its items' progress and the donations register. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class DrivePages {

    static final int PAGE_SIZE = 30;

    private final DonationRegister register;
    private final Drives drives;
    private final CommunityAccess access;
    private final CurrentActor current;

    DrivePages(DonationRegister register, Drives drives, CommunityAccess access, CurrentActor current) {
        this.register = register;
        this.drives = drives;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/community/{code}/drives")
    String list(@PathVariable String code, @RequestParam(required = false) String status, Model model) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Drive.Status s = Texts.filter(Drive.Status.class, status, "status");
        model.addAttribute("community", c);
        model.addAttribute("manage", CommunityAccess.mayManage(actor, c.path()));
        model.addAttribute("drives", drives.of(c.code(), s));
        model.addAttribute("statuses", Drive.Status.values());
        model.addAttribute("status", s == null ? "" : s.name());
        return "community/drives";
    }

    @PostMapping("/community/{code}/drives")
    String open(@PathVariable String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String items) {
        Drive d = register.open(code, title, purpose, items, current.get());
        return "redirect:/community/drives/" + d.id();
    }

    @GetMapping("/community/drives/{id}")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        Drive d = register.get(id, actor);
        Drives.DonationPage p = drives.donations(id, Paging.page(page), PAGE_SIZE);
        model.addAttribute("community", access.community(d.communityCode()));
        model.addAttribute("manage", CommunityAccess.mayManage(actor, d.communityPath()));
        model.addAttribute("d", d);
        model.addAttribute("page", p);
        model.addAttribute("donations", p.items().stream().map(x -> DonationView.of(x, actor)).toList());
        return "community/drive";
    }

    @PostMapping("/community/drives/{id}/donations")
    String donate(@PathVariable UUID id, @RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) Integer quantity, @RequestParam(required = false) String donorName,
            @RequestParam(required = false) String donorPhone, @RequestParam(required = false) String note) {
        register.donate(id, itemId, quantity, donorName, donorPhone, note, current.get());
        return "redirect:/community/drives/" + id;
    }

    @PostMapping("/community/drives/{id}/close")
    String close(@PathVariable UUID id) {
        register.close(id, current.get());
        return "redirect:/community/drives/" + id;
    }
}
