package org.fengqiao.audit;

import java.util.List;
import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for auditors and admins: newest first, filter, and a check of the chain. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
class AuditPages {

    private static final int SIZE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @Bean
    static NavLink auditNavLink() {
        return new NavLink("audit.nav", "/audit", Set.of("ADMIN", "AUDITOR"), 800);
    }

    @GetMapping("/audit")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        int p = Math.max(0, page);
        List<AuditEntry> entries = trail.read(q, (long) p * SIZE, SIZE + 1);
        model.addAttribute("entries", entries.size() > SIZE ? entries.subList(0, SIZE) : entries);
        model.addAttribute("q", q);
        model.addAttribute("page", p);
        model.addAttribute("total", trail.count());
        model.addAttribute("hasNext", entries.size() > SIZE);
        if (verify) {
            var broken = trail.firstBroken();
            model.addAttribute("verified", broken.isEmpty());
            model.addAttribute("brokenAt", broken.isPresent() ? broken.getAsLong() : null);
        }
        return "audit/list";
    }
}
