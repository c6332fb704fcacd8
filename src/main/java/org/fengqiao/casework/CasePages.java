package org.fengqiao.casework;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: dispatcher workbench, unit inbox, case list, case page with its actions, and phone entry. */
@Controller
@RequestMapping("/casework")
class CasePages {

    /** Workbench and inbox tabs: which statuses (or the due-soon filter) each shows. */
    enum Tab {
        NEW(Set.of(CaseStatus.SUBMITTED), false), TO_ASSIGN(Set.of(CaseStatus.ACCEPTED), false),
        RETURNED(Set.of(CaseStatus.RETURNED), false), DUE_SOON(Set.of(), true),
        TO_ACKNOWLEDGE(Set.of(CaseStatus.ASSIGNED), false),
        IN_PROGRESS(Set.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS), false), ALL(Set.of(), false);

        final Set<CaseStatus> statuses;
        final boolean dueSoon;

        Tab(Set<CaseStatus> statuses, boolean dueSoon) {
            this.statuses = statuses;
            this.dueSoon = dueSoon;
        }
    }

    private static final List<Tab> WORKBENCH = List.of(Tab.NEW, Tab.TO_ASSIGN, Tab.RETURNED, Tab.DUE_SOON);
    private static final List<Tab> INBOX = List.of(Tab.TO_ACKNOWLEDGE, Tab.IN_PROGRESS, Tab.DUE_SOON);

    private final CaseSearch search;
    private final CaseHandling handling;
    private final CaseIntake intake;
    private final CaseViews views;
    private final CurrentActor actors;
    private final Units units;
    private final Jurisdictions jurisdictions;
    private final Attachments attachments;

    CasePages(CaseSearch search, CaseHandling handling, CaseIntake intake, CaseViews views, CurrentActor actors,
            Units units, Jurisdictions jurisdictions, Attachments attachments) {
        this.search = search;
        this.handling = handling;
        this.intake = intake;
        this.views = views;
        this.actors = actors;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
    }

    @GetMapping("/workbench")
    String workbench(@RequestParam(defaultValue = "NEW") Tab tab, Filter filter, Model model) {
        requireAny(Role.DISPATCHER, Role.ADMIN);
        return list("/casework/workbench", "casework.nav.workbench", WORKBENCH, tab, filter, model);
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "TO_ACKNOWLEDGE") Tab tab, Filter filter, Model model) {
        requireAny(Role.HANDLER, Role.HEAD);
        return list("/casework/inbox", "casework.nav.inbox", INBOX, tab, filter, model);
    }

    @GetMapping("/cases")
    String cases(Filter filter, Model model) {
        return list("/casework/cases", "casework.nav.cases", List.of(), Tab.ALL, filter, model);
    }

    /** List filters from the query string. */
    record Filter(CaseStatus status, String unit, Category category, String q, String sort, String dir,
            Integer page) {
    }

    private String list(String base, String titleKey, List<Tab> tabs, Tab tab, Filter f, Model model) {
        UUID unitId = f.unit() == null || f.unit().isBlank() ? null
                : units.findByCode(f.unit()).map(Unit::id).orElse(null);
        Set<CaseStatus> statuses = f.status() != null ? Set.of(f.status()) : tab.statuses;
        String q = f.q() == null ? null : f.q().substring(0, Math.min(100, f.q().length()));
        CaseSearch.Page page = search.find(actors.get(), new CaseSearch.Query(statuses, unitId, f.category(), q,
                tab.dueSoon, null, f.sort(), "asc".equals(f.dir()), f.page() == null ? 0 : f.page(), 20));
        model.addAttribute("base", base);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", tab);
        model.addAttribute("filter", f);
        model.addAttribute("page", page);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("units", units.active());
        return "casework/list";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = actors.get();
        model.addAttribute("c", views.of(handling.get(new CaseId(id), actor), actor));
        model.addAttribute("units", units.active());
        model.addAttribute("returnReasons", ReturnReason.values());
        return "casework/case";
    }

    @PostMapping("/cases/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String note, @RequestParam(required = false) String reason,
            @RequestParam(required = false) List<String> units, @RequestParam(required = false) String lead,
            @RequestParam(required = false) ReturnReason returnReason, @RequestParam(required = false) String result,
            @RequestParam(required = false) String reply, @RequestParam(required = false) Boolean satisfied,
            @RequestParam(required = false) Integer score, RedirectAttributes flash) {
        Action a = Action.ofPath(action);
        handling.act(new CaseId(id), a, new CaseCommand(version, note, reason, units, lead, returnReason, result, reply,
                satisfied, score), actors.get(), Channel.WORKBENCH);
        flash.addFlashAttribute("done", "casework.action." + a.name());
        return "redirect:/casework/cases/" + id;
    }

    @PostMapping("/cases/{id}/photos")
    String attach(@PathVariable UUID id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes flash) throws java.io.IOException {
        handling.attach(new CaseId(id), Photo.check(file.getOriginalFilename(), file.getBytes(), "file"), actors.get(),
                Channel.WORKBENCH);
        flash.addFlashAttribute("done", "casework.action.ATTACH");
        return "redirect:/casework/cases/" + id;
    }

    @GetMapping("/cases/{id}/photos/{photo}")
    org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photo) {
        handling.get(new CaseId(id), actors.get());
        Attachments.Content content = attachments.content(photo).filter(a -> a.caseId().value().equals(id))
                .orElseThrow(() -> new org.fengqiao.shared.NotFound("attachment", photo));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(content.data());
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("places", places(actors.get()));
        return "casework/new";
    }

    @PostMapping("/cases/new")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) Category category, @RequestParam(required = false) String reporterName,
            @RequestParam(required = false) String reporterPhone, @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String enterpriseName, @RequestParam(required = false) String address,
            @RequestParam(required = false) String jurisdiction, Model model) {
        Actor actor = actors.get();
        Channel channel = actor.has(Role.DISPATCHER) ? Channel.PHONE
                : actor.has(Role.OFFICER) ? Channel.FIELD_VISIT : Channel.WEB_FORM;
        try {
            Case c = intake.submit(new Submission(title, description, category, reporterName, reporterPhone, creditCode,
                    enterpriseName, address, null, null, jurisdiction, null), actor, channel).filed();
            return "redirect:/casework/cases/" + c.id();
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
            return newCase(model);
        }
    }

    /** Towns and communities inside the actor's jurisdictions (all of them for people without one). */
    List<Jurisdiction> places(Actor actor) {
        return jurisdictions.all().stream()
                .filter(j -> j.level() == JurisdictionLevel.TOWN || j.level() == JurisdictionLevel.COMMUNITY)
                .filter(j -> actor.jurisdictionPaths().isEmpty() || actor.covers(j.path())).toList();
    }

    private void requireAny(Role... roles) {
        if (!actors.get().hasAny(roles)) {
            throw new org.fengqiao.shared.Forbidden("error.forbidden");
        }
    }
}
