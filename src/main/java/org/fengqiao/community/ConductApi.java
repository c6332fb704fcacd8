package org.fengqiao.community;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Unit;
import org.fengqiao.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 三查三看 for machine clients: a station's items, daily checks, findings and monthly scores, under the same rules
 * as the pages (the station's own officers and head check; administrators over it read and keep items; auditors
 * read; nobody else).
 */
@RestController
@RequestMapping("/api/v1/community/conduct")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','HEAD','AUDITOR')")
class ConductApi {

    record Station(String code, String name) {
    }

    record ItemJson(String dimension, String text) {
    }

    /** A day's check: the team, "pass" or "fail" per item id, a note per failed item, days to rectify (1–30). */
    record CheckJson(String team, Map<String, String> answers, Map<String, String> notes, Integer rectifyDays) {
    }

    record NoteJson(String note) {
    }

    record Recorded(UUID id) {
    }

    record CheckPage(List<Conduct.DailyCheck> items, long total, int page, int size) {
    }

    record Scores(String station, String month, List<Conduct.TeamMonth> teams, Conduct.Satisfaction satisfaction,
            Double satisfactionRate) {
    }

    private final ConductDesk desk;
    private final ConductChecks checks;
    private final CurrentActor current;

    ConductApi(ConductDesk desk, ConductChecks checks, CurrentActor current) {
        this.desk = desk;
        this.checks = checks;
        this.current = current;
    }

    @GetMapping("/stations")
    List<Station> stations() {
        return desk.visibleStations(current.get()).stream().map(u -> new Station(u.code(), u.name())).toList();
    }

    /** The station's active items (a station that never had any starts with the defaults, as on the check form). */
    @GetMapping("/{code}/items")
    List<Conduct.Item> items(@PathVariable String code) {
        return desk.items(desk.read(code, current.get()));
    }

    @PostMapping("/{code}/items")
    @ResponseStatus(HttpStatus.CREATED)
    List<Conduct.Item> addItem(@PathVariable String code, @RequestBody ItemJson in) {
        Actor actor = current.get();
        desk.addItem(code, in.dimension(), in.text(), actor);
        return checks.items(desk.read(code, actor).id());
    }

    @PostMapping("/items/{id}/retire")
    List<Conduct.Item> retire(@PathVariable UUID id) {
        Actor actor = current.get();
        return checks.items(desk.read(desk.retireItem(id, actor), actor).id());
    }

    @GetMapping("/{code}/checks")
    CheckPage checks(@PathVariable String code, @RequestParam(required = false) String month,
            @RequestParam(required = false) String team, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Unit u = desk.read(code, current.get());
        YearMonth m = ConductDesk.month(month);
        String t = Texts.optional(team, "team", 30);
        int p = Paging.page(page);
        int s = Paging.size(size);
        return new CheckPage(checks.checks(u.id(), m.atDay(1), m.atEndOfMonth(), t, p, s),
                checks.checkCount(u.id(), m.atDay(1), m.atEndOfMonth(), t), p, s);
    }

    @PostMapping("/{code}/checks")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded record(@PathVariable String code, @RequestBody CheckJson in) {
        return new Recorded(desk.record(code, in.team(), ids(in.answers(), "item-"), ids(in.notes(), "note-"),
                in.rectifyDays(), current.get()));
    }

    @GetMapping("/{code}/findings")
    ConductChecks.Page findings(@PathVariable String code, @RequestParam(defaultValue = "open") String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Unit u = desk.read(code, current.get());
        if (!ConductPages.STATES.contains(state)) {
            throw new InvalidInput("state", "community.error.choice", state);
        }
        return checks.findings(u.id(), state, LocalDate.now(ConductDesk.ZONE), Paging.page(page),
                Paging.size(size));
    }

    @PostMapping("/findings/{id}/rectify")
    Conduct.Finding rectify(@PathVariable UUID id, @RequestBody NoteJson in) {
        desk.rectify(id, in.note(), current.get());
        return checks.finding(id).orElseThrow();
    }

    @GetMapping("/{code}/scores")
    Scores scores(@PathVariable String code, @RequestParam(required = false) String month) {
        Actor actor = current.get();
        Unit u = desk.read(code, actor);
        YearMonth m = ConductDesk.month(month);
        Conduct.Satisfaction s = desk.satisfaction(u, m, actor);
        return new Scores(u.code(), m.toString(), checks.month(u.id(), m.atDay(1), m.atEndOfMonth(),
                LocalDate.now(ConductDesk.ZONE)), s, s.rate());
    }

    /** Item ids as typed by the client; a key that is no id is refused naming it. */
    private static Map<UUID, String> ids(Map<String, String> raw, String field) {
        Map<UUID, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        raw.forEach((k, v) -> {
            try {
                out.put(UUID.fromString(k), v);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(field + k, "community.error.choice", k);
            }
        });
        return out;
    }
}
