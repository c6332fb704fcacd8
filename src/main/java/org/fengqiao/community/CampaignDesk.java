package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseRouting;
import org.fengqiao.casework.Category;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs joint actions (专项联动): launches a campaign with its parties, hands tasks to the parties and records them
 * done, registers buildings and the pledges their households sign, logs promotion events and patrols, and takes
 * reports through the campaign's own channel (public page or hotline), each filed as a case in the community and
 * routed to the campaign's handling unit (see {@link CampaignRouting}).
 */
@Service
class CampaignDesk {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A campaign as typed in; the community itself is always a party, others are named per kind. */
    record Launch(String title, String aim, String category, String hotline, String startsOn, String endsOn,
            String police, String property, String others, String unit) {
    }

    /** A report through the campaign's channel: where (building), what happened, and who reports it. */
    record Report(String building, String text, String name, String phone) {
    }

    /** A promotion event or a patrol; a patrol's finding (with its building) raises a case. */
    record Activity(String kind, String place, String note, Integer people, String finding, String building) {
    }

    private final Campaigns campaigns;
    private final CommunityAccess access;
    private final CaseExchange cases;
    private final CaseRouting caseRouting;
    private final CampaignRouting routing;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final CampaignCases campaignCases;

    CampaignDesk(Campaigns campaigns, CommunityAccess access, CaseExchange cases, CaseRouting caseRouting,
            CampaignRouting routing, MessageSource messages, ApplicationEventPublisher events,
            CampaignCases campaignCases) {
        this.campaignCases = campaignCases;
        this.campaigns = campaigns;
        this.access = access;
        this.cases = cases;
        this.caseRouting = caseRouting;
        this.routing = routing;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    Campaign launch(String communityCode, Launch in, Actor actor) {
        Community c = access.manage(communityCode, actor);
        LocalDate starts = date(in.startsOn(), "startsOn");
        LocalDate ends = date(in.endsOn(), "endsOn");
        if (ends.isBefore(starts)) {
            throw new InvalidInput("endsOn", "community.error.endsBeforeStart");
        }
        String unitCode = Texts.optional(in.unit(), "unit", 20);
        UUID handlingUnit = unitCode == null ? null : routing.serving(c, unitCode, "unit").id();
        Campaign campaign = new Campaign(UUID.randomUUID(), c.code(), c.path(), Texts.required(in.title(), "title", 100),
                Texts.required(in.aim(), "aim", 1000), Texts.choice(Category.class, in.category(), "category"),
                Texts.phone(in.hotline(), "hotline"), starts, ends, actor.username(), Instant.now(), handlingUnit);
        List<Campaign.Party> parties = new ArrayList<>();
        parties.add(new Campaign.Party(UUID.randomUUID(), Campaign.PartyKind.COMMUNITY, c.name(), null));
        String police = Texts.optional(in.police(), "police", 50);
        if (police != null) {
            parties.add(party(c, Campaign.PartyKind.POLICE, police));
        }
        String property = Texts.optional(in.property(), "property", 50);
        if (property != null) {
            parties.add(party(c, Campaign.PartyKind.PROPERTY, property));
        }
        for (String o : names(in.others())) {
            parties.add(party(c, Campaign.PartyKind.OTHER, o));
        }
        if (parties.size() < 2) {
            throw new InvalidInput("police", "community.error.campaignParties");
        }
        Set<String> seen = new LinkedHashSet<>();
        campaigns.add(campaign);
        for (Campaign.Party p : parties) {
            if (!seen.add(p.name())) {
                throw new InvalidInput("others", "community.error.partyTwice", p.name());
            }
            campaigns.addParty(campaign.id(), p);
        }
        publish(actor.username(), "campaign.launch", campaign, c.code() + " " + campaign.title());
        return campaign;
    }

    @Transactional
    void task(UUID campaignId, UUID partyId, String title, String dueOn, Actor actor) {
        Campaign c = manage(campaignId, actor);
        if (partyId == null || campaigns.parties(c.id()).stream().noneMatch(p -> p.id().equals(partyId))) {
            throw new InvalidInput("partyId", "community.error.partyOutside");
        }
        campaigns.addTask(c.id(), partyId, Texts.required(title, "title", 200), date(dueOn, "dueOn"));
        publish(actor.username(), "campaign.task", c, title);
    }

    /** Names (or changes) the unit that handles the campaign's reports from now on. */
    @Transactional
    void assignUnit(UUID campaignId, String unitCode, Actor actor) {
        Campaign c = manage(campaignId, actor);
        org.fengqiao.org.Unit unit = routing.serving(access.community(c.communityCode()),
                Texts.required(unitCode, "unit", 20), "unit");
        campaigns.setHandlingUnit(c.id(), unit.id());
        publish(actor.username(), "campaign.unit", c, unit.code() + " " + unit.name());
    }

    /** Where the campaign's reports go now, if anywhere. */
    java.util.Optional<CampaignRouting.Decision> handler(Campaign c) {
        return routing.decide(c, campaigns.parties(c.id()));
    }

    @Transactional
    UUID completeTask(UUID taskId, String note, Actor actor) {
        UUID campaignId = campaigns.campaignOfTask(taskId).orElseThrow(() -> new NotFound("task", taskId));
        Campaign c = manage(campaignId, actor);
        if (!campaigns.completeTask(taskId, Texts.required(note, "note", 500), actor.username(), Instant.now())) {
            throw new InvalidInput("taskId", "community.error.taskDone");
        }
        publish(actor.username(), "campaign.taskDone", c, note);
        return campaignId;
    }

    /** Registers buildings with their households, one "building households" a line (e.g. "3幢 120"). */
    @Transactional
    int buildings(UUID campaignId, String lines, Actor actor) {
        Campaign c = manage(campaignId, actor);
        int n = 0;
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length != 2 || parts[0].length() > 20 || !parts[1].matches("\\d{1,4}")
                    || Integer.parseInt(parts[1]) == 0) {
                throw new InvalidInput("buildings", "community.error.buildingLine", l);
            }
            campaigns.setBuilding(c.id(), parts[0], Integer.parseInt(parts[1]));
            n++;
        }
        if (n == 0) {
            throw new InvalidInput("buildings", "community.error.required");
        }
        publish(actor.username(), "campaign.buildings", c, n + "");
        return n;
    }

    /** A household's signed pledge, once per building and room, in a registered building. */
    @Transactional
    void pledge(UUID campaignId, String building, String room, String signer, Actor actor) {
        Campaign c = manage(campaignId, actor);
        String b = Texts.required(building, "building", 20);
        if (!campaigns.hasBuilding(c.id(), b)) {
            throw new InvalidInput("building", "community.error.buildingUnknown", b);
        }
        String r = Texts.required(room, "room", 20);
        if (!campaigns.pledge(c.id(), b, r, Texts.required(signer, "signer", 50), actor.username())) {
            throw new InvalidInput("room", "community.error.pledgedAlready", b, r);
        }
        publish(actor.username(), "campaign.pledge", c, b + " " + r);
    }

    @Transactional
    Campaign.Event log(UUID campaignId, Activity in, Actor actor) {
        Campaign c = manage(campaignId, actor);
        Campaign.EventKind kind = Texts.choice(Campaign.EventKind.class, in.kind(), "kind");
        if (in.people() != null && (in.people() < 0 || in.people() > 100_000)) {
            throw new InvalidInput("people", "community.error.range", 0, 100_000);
        }
        String place = Texts.required(in.place(), "place", 200);
        String note = Texts.required(in.note(), "note", 1000);
        String finding = kind == Campaign.EventKind.PATROL ? Texts.optional(in.finding(), "finding", 1000) : null;
        UUID caseId = null;
        String caseNumber = null;
        if (finding != null) {
            String building = Texts.required(in.building(), "building", 20);
            Filed filed = file(c, building, finding, actor.displayName(), c.hotline(), actor, Channel.WORKBENCH);
            Campaign.Report r = new Campaign.Report(UUID.randomUUID(), Campaign.Source.PATROL, building,
                    filed.summary().id(), filed.summary().number(), Instant.now(), filed.unitId());
            campaigns.addReport(c.id(), r);
            campaignCases.follow(c.id(), r);
            caseId = filed.summary().id();
            caseNumber = filed.summary().number();
        }
        Campaign.Event e = new Campaign.Event(UUID.randomUUID(), kind, Instant.now(), place, note, in.people(), finding,
                caseNumber, actor.username());
        campaigns.addEvent(c.id(), e, caseId);
        publish(actor.username(), "campaign." + kind.name().toLowerCase(java.util.Locale.ROOT), c, place);
        return e;
    }

    /**
     * A report through the campaign's channel: from the public page (anonymous, while the campaign runs) or taken
     * on the hotline by staff. It is filed as a case in the community and counted for its building.
     */
    @Transactional
    Campaign.Report report(UUID campaignId, Report in, Actor actor) {
        Campaign c = campaigns.find(campaignId).orElseThrow(() -> new NotFound("campaign", campaignId));
        Campaign.Source source = actor.isAnonymous() ? Campaign.Source.PUBLIC : Campaign.Source.HOTLINE;
        if (source == Campaign.Source.HOTLINE) {
            access.manage(c.communityCode(), actor);
        } else if (!c.runningOn(LocalDate.now(ZONE))) {
            throw new InvalidInput("campaign", "community.error.campaignOver");
        }
        String building = Texts.required(in.building(), "building", 20);
        String text = Texts.required(in.text(), "text", 1000);
        String name = Texts.required(in.name(), "name", 50);
        String phone = Texts.phone(in.phone(), "phone");
        Filed filed = file(c, building, text, name, phone, actor,
                source == Campaign.Source.PUBLIC ? Channel.WEB_FORM : Channel.PHONE);
        Campaign.Report r = new Campaign.Report(UUID.randomUUID(), source, building, filed.summary().id(),
                filed.summary().number(), Instant.now(), filed.unitId());
        campaigns.addReport(c.id(), r);
        campaignCases.follow(c.id(), r);
        publish(actor.isAnonymous() ? "resident" : actor.username(), "campaign.report", c, filed.summary().number());
        return r;
    }

    Campaign get(UUID id, Actor actor) {
        Campaign c = campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
        access.read(c.communityCode(), actor);
        return c;
    }

    /** A report filed as a case, and the unit it was routed to (null when the campaign has no handler). */
    private record Filed(CaseExchange.Summary summary, UUID unitId) {
    }

    /**
     * Files the report as a case in the community and, in the same transaction, routes it to the campaign's
     * handling unit, so that the case is never left in the general queue where triage might send it elsewhere.
     */
    private Filed file(Campaign c, String building, String text, String name, String phone, Actor actor,
            Channel channel) {
        String title = (c.title() + "：" + building);
        CaseExchange.Summary filed = cases.submit(new CaseExchange.Incoming(
                title.length() > 100 ? title.substring(0, 100) : title, text, c.category(), name, phone, null,
                building, null, null, c.communityCode()), actor, channel);
        Optional<CampaignRouting.Decision> to = handler(c);
        if (to.isEmpty()) {
            return new Filed(filed, null);
        }
        String why = messages.getMessage(to.get().reasonKey(), new Object[] {c.title(), to.get().unit().name()},
                Locale.SIMPLIFIED_CHINESE);
        boolean routed = caseRouting.routeAutomatically(new CaseId(filed.id()), to.get().unit().id(), why);
        return new Filed(filed, routed ? to.get().unit().id() : null);
    }

    private Campaign.Party party(Community c, Campaign.PartyKind kind, String name) {
        return routing.named(c, name)
                .map(u -> new Campaign.Party(UUID.randomUUID(), kind, u.name(), u.id()))
                .orElseGet(() -> new Campaign.Party(UUID.randomUUID(), kind, name, null));
    }

    private Campaign manage(UUID id, Actor actor) {
        Campaign c = campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
        access.manage(c.communityCode(), actor);
        return c;
    }

    private void publish(String by, String action, Campaign c, String detail) {
        events.publishEvent(new CommunityChanged(by, action, "campaign", c.id().toString(), detail));
    }

    private static List<String> names(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<String> names = java.util.Arrays.stream(raw.split("[,，、;；\\n]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (names.size() > 10 || names.stream().anyMatch(n -> n.length() > 50)) {
            throw new InvalidInput("others", "community.error.tooLong", 50);
        }
        return names;
    }

    static LocalDate date(String value, String field) {
        String v = Texts.required(value, field, 20);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "community.error.date", v);
        }
    }
}
