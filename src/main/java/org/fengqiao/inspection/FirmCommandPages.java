package org.fengqiao.inspection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The firm's phone page: 一键指令 that concern it, newest first, each acknowledged with an optional reply. */
@Controller
@RequestMapping("/inspection/firm/commands")
@PreAuthorize("hasRole('ENTERPRISE')")
class FirmCommandPages {

    private static final int PAGE = 10;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final OneClickCommands commands;
    private final CurrentActor current;

    FirmCommandPages(OneClickCommands commands, CurrentActor current) {
        this.commands = commands;
        this.current = current;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        List<InspectionCommand> rows = commands.toMyFirms(current.get(), PAGE + 1, page * PAGE);
        model.addAttribute("commands", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("more", rows.size() > PAGE);
        model.addAttribute("page", page);
        model.addAttribute("fmt", MINUTE);
        model.addAttribute("now", Instant.now());
        return "inspection/firm-commands";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        commands.acknowledgeByFirm(current.get(), id, note);
        flash.addFlashAttribute("done", id);
        return "redirect:/inspection/firm/commands";
    }
}
