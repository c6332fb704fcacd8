package org.fengqiao.notify;

import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own inbox: list (unread or all, newest or oldest first, paged), mark read, the header badge. */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxPages {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final CurrentActor current;

    InboxPages(Inbox inbox, CurrentActor current) {
        this.inbox = inbox;
        this.current = current;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "all") String show, @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        UUID me = person();
        boolean unreadOnly = "unread".equals(show);
        boolean oldestFirst = "oldest".equals(sort);
        int p = Math.max(0, page);
        long total = inbox.count(me, unreadOnly);
        model.addAttribute("messages", inbox.page(me, unreadOnly, oldestFirst, p, PAGE_SIZE));
        model.addAttribute("show", unreadOnly ? "unread" : "all");
        model.addAttribute("sort", oldestFirst ? "oldest" : "newest");
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("unread", inbox.unread(me));
        return "notify/inbox";
    }

    /** The header's link with the unread count, loaded by htmx on every page. */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute("unread", inbox.unread(person()));
        return "notify/badge :: badge";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable UUID id, @RequestParam(defaultValue = "all") String show) {
        if (!inbox.markRead(person(), id)) {
            throw new NotFound("message", id);
        }
        return "redirect:/inbox?show=" + ("unread".equals(show) ? "unread" : "all");
    }

    @PostMapping("/read-all")
    String readAll() {
        inbox.markAllRead(person());
        return "redirect:/inbox";
    }

    private UUID person() {
        Actor actor = current.get();
        if (actor.isAnonymous()) {
            throw new Forbidden("error.forbidden");
        }
        return actor.personId();
    }
}
