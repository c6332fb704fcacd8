package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a unit's roster. Admins change any unit inside their jurisdictions, a unit's head changes the unit's
 * own; any person of the unit may leave a handover note. Every check runs before anything is written.
 */
@Service
class RosterEditing {

    static final int LONGEST_NOTE = 2000;

    private final DutyRosters rosters;
    private final Units units;
    private final People people;

    RosterEditing(DutyRosters rosters, Units units, People people) {
        this.rosters = rosters;
        this.units = units;
        this.people = people;
    }

    Unit unit(UUID unitId) {
        return units.find(unitId).orElseThrow(() -> new NotFound("unit", unitId));
    }

    boolean mayView(Actor actor, Unit unit) {
        return actor.memberOf(unit.id())
                || (actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.AUDITOR) && actor.covers(unit.jurisdictionPath()));
    }

    boolean mayEdit(Actor actor, Unit unit) {
        return (actor.has(Role.ADMIN) && actor.covers(unit.jurisdictionPath()))
                || (actor.has(Role.HEAD) && actor.memberOf(unit.id()));
    }

    List<Person> unitPeople(UUID unitId) {
        return people.ofUnit(unitId);
    }

    @Transactional
    Rotation configure(Actor actor, UUID unitId, List<UUID> members, int periodDays, LocalDate startsOn) {
        requireEdit(actor, unitId);
        List<Swap> swaps = rosters.find(unitId).map(Rotation::swaps).orElse(List.of());
        Rotation rotation = Rotation.of(members, periodDays, startsOn, swaps, peopleIds(unitId));
        rosters.save(unitId, rotation);
        return rotation;
    }

    @Transactional
    Swap swap(Actor actor, UUID unitId, LocalDate startsOn, LocalDate endsOn, UUID personId, String reason) {
        requireEdit(actor, unitId);
        Rotation rotation = rosters.find(unitId)
                .orElseThrow(() -> new InvalidInput("unitId", "roster.none"));
        Swap swap = new Swap(UUID.randomUUID(), startsOn, endsOn, personId, reason);
        rotation.withSwap(swap, peopleIds(unitId));
        rosters.addSwap(unitId, swap, actor.username());
        return swap;
    }

    @Transactional
    void removeSwap(Actor actor, UUID unitId, UUID swapId) {
        requireEdit(actor, unitId);
        if (!rosters.removeSwap(unitId, swapId)) {
            throw new NotFound("swap", swapId);
        }
    }

    @Transactional
    void handover(Actor actor, UUID unitId, String note) {
        Unit unit = unit(unitId);
        if (!actor.memberOf(unitId) && !mayEdit(actor, unit)) {
            throw new Forbidden("roster.forbidden");
        }
        if (note == null || note.isBlank() || note.length() > LONGEST_NOTE) {
            throw new InvalidInput("note", "roster.note.length", LONGEST_NOTE);
        }
        rosters.addHandover(unitId, actor.personId(), note);
    }

    private void requireEdit(Actor actor, UUID unitId) {
        if (!mayEdit(actor, unit(unitId))) {
            throw new Forbidden("roster.forbidden");
        }
    }

    private Set<UUID> peopleIds(UUID unitId) {
        return people.ofUnit(unitId).stream().map(Person::id).collect(Collectors.toSet());
    }
}
