package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a police station's 三查三看: its items per dimension (defaults on first use, then the station's own), the
 * daily check of a team in which every failed item needs a note and becomes a finding with a rectification
 * deadline, rectification, and the month's scores per team beside the citizens' satisfaction from the case loop.
 * 三查三看 is police work: a station's own officers and head (members of the station) check, rectify and keep its
 * items; administrators over the station read it and keep its items but never record a check; auditors read. Grid
 * workers and officers of other stations or units see none of it. Every change is published for the audit trail.
 */
@Service
class ConductDesk {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int DEFAULT_RECTIFY_DAYS = 3;

    private final ConductChecks checks;
    private final Units units;
    private final CaseExchange cases;
    private final ApplicationEventPublisher events;

    ConductDesk(ConductChecks checks, Units units, CaseExchange cases, ApplicationEventPublisher events) {
        this.checks = checks;
        this.units = units;
        this.cases = cases;
        this.events = events;
    }

    /** Records checks and rectifications: only the station's own officers and head. */
    static boolean mayCheck(Actor actor, Unit station) {
        return actor.hasAny(Role.OFFICER, Role.HEAD) && actor.memberOf(station.id());
    }

    /** Keeps the station's items: its members and the administrators over it. */
    static boolean mayConfigure(Actor actor, Unit station) {
        return mayCheck(actor, station) || actor.has(Role.ADMIN) && actor.covers(station.jurisdictionPath());
    }

    static boolean mayRead(Actor actor, Unit station) {
        return mayConfigure(actor, station) || actor.has(Role.AUDITOR) && actor.covers(station.jurisdictionPath());
    }

    /** The stations the actor may read; none for anyone outside police work. */
    List<Unit> stations(Actor actor) {
        return units.active().stream().filter(u -> u.kind() == UnitKind.POLICE_STATION)
                .filter(u -> mayRead(actor, u)).toList();
    }

    /** The stations page: refused to those who may read no station (grid workers, other units' people). */
    List<Unit> visibleStations(Actor actor) {
        List<Unit> stations = stations(actor);
        if (stations.isEmpty()) {
            throw new Forbidden("community.error.notPolice");
        }
        return stations;
    }

    Unit read(String code, Actor actor) {
        Unit u = station(code);
        if (!mayRead(actor, u)) {
            throw new Forbidden("community.error.notStation", u.name());
        }
        return u;
    }

    Unit check(String code, Actor actor) {
        Unit u = station(code);
        if (!mayCheck(actor, u)) {
            throw new Forbidden("community.error.notStation", u.name());
        }
        return u;
    }

    /** The station's active items; a station that never had any starts with the defaults. */
    @Transactional
    List<Conduct.Item> items(Unit station) {
        if (!checks.hasItems(station.id())) {
            Conduct.Dimension[] dims = Conduct.Dimension.values();
            for (int d = 0; d < dims.length; d++) {
                for (String text : Conduct.DEFAULT_ITEMS.get(d)) {
                    checks.addItem(station.id(), dims[d], text, "system");
                }
            }
        }
        return checks.items(station.id());
    }

    Unit configure(String code, Actor actor) {
        Unit u = station(code);
        if (!mayConfigure(actor, u)) {
            throw new Forbidden("community.error.notStation", u.name());
        }
        return u;
    }

    @Transactional
    void addItem(String code, String dimension, String text, Actor actor) {
        Unit u = configure(code, actor);
        items(u);
        Conduct.Dimension d = Texts.choice(Conduct.Dimension.class, dimension, "dimension");
        String t = Texts.required(text, "text", 100);
        if (!checks.addItem(u.id(), d, t, actor.username())) {
            throw new InvalidInput("text", "community.error.itemExists", t);
        }
        events.publishEvent(new CommunityChanged(actor.username(), "conduct.item", "unit", u.id().toString(), t));
    }

    /** Retires an item (kept for past checks); answers the station's code. */
    @Transactional
    String retireItem(UUID itemId, Actor actor) {
        UUID unitId = checks.unitOfItem(itemId).orElseThrow(() -> new NotFound("item", itemId));
        Unit u = units.find(unitId).orElseThrow();
        configure(u.code(), actor);
        if (!checks.retire(itemId, u.id())) {
            throw new InvalidInput("itemId", "community.error.itemRetired");
        }
        events.publishEvent(new CommunityChanged(actor.username(), "conduct.retire", "unit", u.id().toString(),
                itemId.toString()));
        return u.code();
    }

    /**
     * Records today's check of a team: every active item answered ("pass" or "fail"), a note for each failure, which
     * becomes a finding due in the given number of days (3 unless said otherwise). One check per team and day.
     */
    @Transactional
    UUID record(String code, String team, Map<UUID, String> verdicts, Map<UUID, String> notes, Integer rectifyDays,
            Actor actor) {
        Unit u = check(code, actor);
        String t = Texts.required(team, "team", 30);
        int days = rectifyDays == null ? DEFAULT_RECTIFY_DAYS : rectifyDays;
        if (days < 1 || days > 30) {
            throw new InvalidInput("rectifyDays", "community.error.range", 1, 30);
        }
        List<Conduct.Answer> answers = new ArrayList<>();
        for (Conduct.Item item : items(u)) {
            String v = verdicts.get(item.id());
            if (v == null || !(v.equals("pass") || v.equals("fail"))) {
                throw new InvalidInput("item-" + item.id(), "community.error.unanswered", item.text());
            }
            String note = Texts.optional(notes.get(item.id()), "note-" + item.id(), 500);
            if (v.equals("fail") && note == null) {
                throw new InvalidInput("note-" + item.id(), "community.error.failNote", item.text());
            }
            answers.add(new Conduct.Answer(item.id(), v.equals("pass"), note));
        }
        LocalDate today = LocalDate.now(ZONE);
        UUID id = UUID.randomUUID();
        if (!checks.addCheck(id, u.id(), t, today, actor.username())) {
            throw new InvalidInput("team", "community.error.checkedToday", t);
        }
        for (Conduct.Answer a : answers) {
            checks.addAnswer(id, a);
            if (!a.passed()) {
                checks.addFinding(id, a.itemId(), u.id(), t, a.note(), today.plusDays(days));
            }
        }
        long failed = answers.stream().filter(a -> !a.passed()).count();
        events.publishEvent(new CommunityChanged(actor.username(), "conduct.check", "unit", u.id().toString(),
                t + " " + (answers.size() - failed) + "/" + answers.size()));
        return id;
    }

    /** Records the rectification of a finding, once; answers the station's code. */
    @Transactional
    String rectify(UUID findingId, String note, Actor actor) {
        Conduct.Finding f = checks.finding(findingId).orElseThrow(() -> new NotFound("finding", findingId));
        Unit u = units.find(f.unitId()).orElseThrow();
        check(u.code(), actor);
        if (!checks.rectify(findingId, Texts.required(note, "note", 500), actor.username(), Instant.now())) {
            throw new InvalidInput("findingId", "community.error.rectified");
        }
        events.publishEvent(new CommunityChanged(actor.username(), "conduct.rectify", "unit", u.id().toString(),
                f.text()));
        return u.code();
    }

    /** Citizens' verdicts on cases this station led that were filed in the month, as the viewer may see them. */
    Conduct.Satisfaction satisfaction(Unit station, YearMonth month, Actor actor) {
        java.time.Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
        java.time.Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
        long rated = 0;
        long satisfied = 0;
        for (int page = 0; page < 20; page++) {
            List<CaseExchange.Summary> batch = cases.list(new CaseExchange.Filter(null, null, null, from, to, null,
                    page, 1000), actor, Channel.WORKBENCH);
            for (CaseExchange.Summary s : batch) {
                if (station.name().equals(s.leadUnitName()) && s.satisfied() != null) {
                    rated++;
                    satisfied += s.satisfied() ? 1 : 0;
                }
            }
            if (batch.size() < 1000) {
                break;
            }
        }
        return new Conduct.Satisfaction(rated, satisfied);
    }

    private Unit station(String code) {
        return units.findByCode(code == null ? "" : code.strip()).filter(u -> u.kind() == UnitKind.POLICE_STATION)
                .orElseThrow(() -> new NotFound("unit", code));
    }

    static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(ZONE);
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("month", "community.error.month", value);
        }
    }
}
