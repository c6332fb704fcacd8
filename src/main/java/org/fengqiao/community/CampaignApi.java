package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.casework.CaseStatus;
import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.Masking;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint actions (专项联动) for machine clients: campaigns with their parties and handling unit, the reports and the
 * cases they became, pledges, promotion events and patrols, and the dashboard figures. Lists page and filter; the
 * community rules of the pages apply; names and phone numbers in free text are masked for roles that may not see them.
 */
@RestController
@RequestMapping("/api/v1/community")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class CampaignApi {

    record Page<T>(List<T> items, long total, int page, int size) {
    }

    record Handler(String unitCode, String unitName, String reason) {
    }

    record Detail(Campaign campaign, List<Campaign.Party> parties, Handler handler, List<Campaign.Task> tasks) {
    }

    record TaskJson(UUID partyId, String title, String dueOn) {
    }

    record NoteJson(String note) {
    }

    record BuildingsJson(String buildings) {
    }

    record PledgeJson(String building, String room, String signer) {
    }

    record UnitJson(String unit) {
    }

    /** A case a report became, without its text: number, state, handling unit. */
    record CaseLine(UUID reportId, String source, String building, String caseNumber, CaseStatus status,
            String unitName, Instant reportedAt) {
    }

    record Figures(long reports, Map<CaseStatus, Long> caseStates, long openCases, long closedCases,
            List<Campaigns.Week> reportsPerWeek, List<Campaigns.Hot> hotBuildings, List<Campaigns.Coverage> coverage,
            long households, long pledged, List<Campaigns.Progress> progress) {
    }

    private final CampaignDesk desk;
    private final Campaigns campaigns;
    private final CampaignCases cases;
    private final CommunityAccess access;
    private final CurrentActor current;

    CampaignApi(CampaignDesk desk, Campaigns campaigns, CampaignCases cases, CommunityAccess access,
            CurrentActor current) {
        this.desk = desk;
        this.campaigns = campaigns;
        this.cases = cases;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/{code}/campaigns")
    Page<Campaign> list(@PathVariable String code, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Community c = access.read(code, current.get());
        Boolean running = state == null || state.isBlank() ? null : switch (state) {
            case "running" -> Boolean.TRUE;
            case "ended" -> Boolean.FALSE;
            default -> throw new org.fengqiao.shared.InvalidInput("state", "community.error.choice", state);
        };
        LocalDate today = LocalDate.now(CampaignDesk.ZONE);
        int p = Paging.page(page);
        int s = Paging.size(size);
        return new Page<>(campaigns.of(c.code(), running, today, p, s), campaigns.count(c.code(), running, today), p,
                s);
    }

    @PostMapping("/{code}/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    Detail launch(@PathVariable String code, @RequestBody CampaignDesk.Launch in) {
        Actor actor = current.get();
        return detail(desk.launch(code, in, actor));
    }

    @GetMapping("/campaigns/{id}")
    Detail get(@PathVariable UUID id) {
        return detail(desk.get(id, current.get()));
    }

    @PutMapping("/campaigns/{id}/unit")
    Detail unit(@PathVariable UUID id, @RequestBody UnitJson in) {
        Actor actor = current.get();
        desk.assignUnit(id, in.unit(), actor);
        return detail(desk.get(id, actor));
    }

    @PostMapping("/campaigns/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    Detail task(@PathVariable UUID id, @RequestBody TaskJson in) {
        Actor actor = current.get();
        desk.task(id, in.partyId(), in.title(), in.dueOn(), actor);
        return detail(desk.get(id, actor));
    }

    @PostMapping("/campaign-tasks/{taskId}/done")
    Detail done(@PathVariable UUID taskId, @RequestBody NoteJson in) {
        Actor actor = current.get();
        return detail(desk.get(desk.completeTask(taskId, in.note(), actor), actor));
    }

    @GetMapping("/campaigns/{id}/reports")
    Page<CaseLine> reports(@PathVariable UUID id, @RequestParam(required = false) String source,
            @RequestParam(required = false) String building, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        Campaign.Source src = Texts.filter(Campaign.Source.class, source, "source");
        String b = Texts.optional(building, "building", 20);
        int p = Paging.page(page);
        int s = Paging.size(size);
        List<CaseLine> items = cases.lines(c, campaigns.reports(c.id(), src, b, s, (long) p * s), actor).stream()
                .map(CampaignApi::line).toList();
        return new Page<>(items, campaigns.reportCount(c.id(), src, b), p, s);
    }

    /** A report taken on the hotline by staff; it becomes a case routed to the campaign's handling unit. */
    @PostMapping("/campaigns/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    CaseLine report(@PathVariable UUID id, @RequestBody CampaignDesk.Report in) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        Campaign.Report r = desk.report(id, in, actor);
        return cases.lines(c, List.of(r), actor).stream().map(CampaignApi::line).findFirst().orElseThrow();
    }

    @GetMapping("/campaigns/{id}/cases")
    Page<CaseLine> cases(@PathVariable UUID id, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        CampaignCases.Page p = cases.of(c, CampaignPages.openState(state), Paging.page(page), Paging.size(size),
                actor);
        return new Page<>(p.items().stream().map(CampaignApi::line).toList(), p.total(), p.page(), p.size());
    }

    @GetMapping("/campaigns/{id}/pledges")
    Page<Campaign.Pledge> pledges(@PathVariable UUID id, @RequestParam(required = false) String building,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        String b = Texts.optional(building, "building", 20);
        int p = Paging.page(page);
        int s = Paging.size(size);
        boolean full = actor.maySeePersonalData();
        List<Campaign.Pledge> items = campaigns.pledges(c.id(), b, s, (long) p * s).stream()
                .map(x -> full ? x : new Campaign.Pledge(x.building(), x.room(), Masking.name(x.signerName()),
                        x.signedAt(), x.recordedBy()))
                .toList();
        return new Page<>(items, campaigns.pledgeCount(c.id(), b), p, s);
    }

    @PostMapping("/campaigns/{id}/pledges")
    @ResponseStatus(HttpStatus.CREATED)
    Figures pledge(@PathVariable UUID id, @RequestBody PledgeJson in) {
        Actor actor = current.get();
        desk.pledge(id, in.building(), in.room(), in.signer(), actor);
        return figures(id);
    }

    @PostMapping("/campaigns/{id}/buildings")
    Figures buildings(@PathVariable UUID id, @RequestBody BuildingsJson in) {
        desk.buildings(id, in.buildings(), current.get());
        return figures(id);
    }

    @GetMapping("/campaigns/{id}/events")
    Page<Campaign.Event> events(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        Campaign.EventKind k = Texts.filter(Campaign.EventKind.class, kind, "kind");
        int p = Paging.page(page);
        int s = Paging.size(size);
        return new Page<>(campaigns.events(c.id(), k, s, (long) p * s).stream().map(e -> masked(e, actor)).toList(),
                campaigns.eventCount(c.id(), k), p, s);
    }

    @PostMapping("/campaigns/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    Campaign.Event log(@PathVariable UUID id, @RequestBody CampaignDesk.Activity in) {
        Actor actor = current.get();
        return masked(desk.log(id, in, actor), actor);
    }

    @GetMapping("/campaigns/{id}/dashboard")
    Figures dashboard(@PathVariable UUID id) {
        return figures(id);
    }

    private Figures figures(UUID id) {
        Actor actor = current.get();
        Campaign c = desk.get(id, actor);
        CampaignCases.Page states = cases.of(c, null, 0, 1, actor);
        List<Campaigns.Coverage> coverage = campaigns.coverage(c.id());
        return new Figures(campaigns.reportCount(c.id(), null, null), states.states(), states.open(),
                states.closed(), campaigns.reportsPerWeek(c.id()), campaigns.hotBuildings(c.id(), 10), coverage,
                coverage.stream().mapToLong(Campaigns.Coverage::households).sum(),
                coverage.stream().mapToLong(Campaigns.Coverage::pledged).sum(),
                campaigns.progress(c.id(), LocalDate.now(CampaignDesk.ZONE)));
    }

    private Detail detail(Campaign c) {
        Handler handler = desk.handler(c).map(d -> new Handler(d.unit().code(), d.unit().name(),
                d.reasonKey().substring(d.reasonKey().lastIndexOf('.') + 1))).orElse(null);
        return new Detail(c, campaigns.parties(c.id()), handler, campaigns.tasks(c.id()));
    }

    private static CaseLine line(CampaignCases.Line l) {
        Campaign.Report r = l.report();
        return new CaseLine(r == null ? null : r.id(), r == null ? null : r.source().name(),
                r == null ? null : r.building(), l.summary() == null ? r.caseNumber() : l.summary().number(),
                l.summary() == null ? null : l.summary().status(),
                l.summary() == null ? null : l.summary().leadUnitName(), r == null ? null : r.reportedAt());
    }

    private static Campaign.Event masked(Campaign.Event e, Actor actor) {
        if (actor.maySeePersonalData()) {
            return e;
        }
        return new Campaign.Event(e.id(), e.kind(), e.heldAt(), e.place(), Masking.phonesIn(e.note()), e.people(),
                Masking.phonesIn(e.finding()), e.caseNumber(), e.recordedBy());
    }
}
