package org.fengqiao.inspection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Alerts about firms with each unit's acknowledgement, and the 一键指令 sent from them with who has not answered. */
@Controller
@RequestMapping("/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR')")
class AlertPages {

    private static final int PAGE = 20;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AlertFanOut fanOut;
    private final OneClickCommands commands;
    private final CurrentActor current;

    AlertPages(AlertFanOut fanOut, OneClickCommands commands, CurrentActor current) {
        this.fanOut = fanOut;
        this.commands = commands;
        this.current = current;
    }

    @GetMapping("/alerts")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        Actor actor = current.get();
        List<InspectionAlert> rows = fanOut.list(actor, PAGE + 1, page * PAGE);
        model.addAttribute("alerts", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("more", rows.size() > PAGE);
        model.addAttribute("page", page);
        model.addAttribute("sources", AlertFanOut.SOURCES);
        model.addAttribute("mayRaise", !actor.has(Role.AUDITOR) || actor.hasAny(Role.ADMIN, Role.DISPATCHER));
        model.addAttribute("fmt", MINUTE);
        return "inspection/alerts";
    }

    @PostMapping("/alerts")
    String raise(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) String source,
            @RequestParam(required = false) String title, @RequestParam(required = false) String detail) {
        InspectionAlert a = fanOut.raise(current.get(), enterpriseId, source, title, detail);
        return "redirect:/inspection/alerts/" + a.id();
    }

    @GetMapping("/alerts/{id}")
    String alert(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        InspectionAlert a = fanOut.visible(actor, id);
        model.addAttribute("alert", a);
        model.addAttribute("commands", commands.of(id));
        model.addAttribute("mine", a.receipts().stream().filter(r -> !r.acknowledged() && actor.memberOf(r.unitId()))
                .toList());
        model.addAttribute("mayCommand", actor.hasAny(Role.ADMIN, Role.DISPATCHER));
        model.addAttribute("fmt", MINUTE);
        model.addAttribute("now", Instant.now());
        return "inspection/alert";
    }

    @PostMapping("/alerts/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
        fanOut.acknowledge(current.get(), id, unitId);
        return "redirect:/inspection/alerts/" + id;
    }

    @PostMapping("/alerts/{id}/commands")
    String command(@PathVariable UUID id, @RequestParam(required = false) String text) {
        InspectionCommand c = commands.issue(current.get(), id, text);
        return "redirect:/inspection/commands/" + c.id();
    }

    @GetMapping("/commands/{id}")
    String commandPage(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        InspectionCommand c = commands.visible(actor, id);
        model.addAttribute("command", c);
        model.addAttribute("alert", fanOut.visible(actor, c.alertId()));
        model.addAttribute("mine", c.receipts().stream().filter(r -> !r.acknowledged() && actor.memberOf(r.unitId()))
                .toList());
        model.addAttribute("fmt", MINUTE);
        model.addAttribute("missed", c.missed(Instant.now()));
        return "inspection/command";
    }

    @PostMapping("/commands/{id}/acknowledge")
    String acknowledgeCommand(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String note) {
        commands.acknowledge(current.get(), id, unitId, note);
        return "redirect:/inspection/commands/" + id;
    }
}
