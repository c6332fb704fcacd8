package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;

/**
 * A unit's duty rotation: its people take turns in the given order, each for {@code periodDays} calendar days,
 * counting from {@code startsOn}; a swap hands a date range to someone else. Refuses bad input naming the field.
 */
public record Rotation(List<UUID> members, int periodDays, LocalDate startsOn, List<Swap> swaps) {

    public static final int LONGEST_PERIOD = 366;

    public Rotation {
        if (members == null || members.isEmpty()) {
            throw new InvalidInput("members", "roster.members.empty");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new InvalidInput("members", "roster.members.duplicate");
        }
        if (periodDays < 1 || periodDays > LONGEST_PERIOD) {
            throw new InvalidInput("periodDays", "roster.period.range", periodDays, LONGEST_PERIOD);
        }
        if (startsOn == null) {
            throw new InvalidInput("startsOn", "roster.startsOn.missing");
        }
        members = List.copyOf(members);
        swaps = List.copyOf(swaps == null ? List.of() : swaps);
    }

    /** The rotation, checked against the people who belong to the unit. */
    public static Rotation of(List<UUID> members, int periodDays, LocalDate startsOn, List<Swap> swaps,
            Set<UUID> unitPeople) {
        Rotation r = new Rotation(members, periodDays, startsOn, swaps);
        for (UUID m : r.members) {
            if (!unitPeople.contains(m)) {
                throw new InvalidInput("members", "roster.members.notInUnit", m);
            }
        }
        return r;
    }

    /** This rotation with one more swap; refuses inverted, overlapping or over-long ranges and outsiders. */
    public Rotation withSwap(Swap swap, Set<UUID> unitPeople) {
        if (swap.startsOn() == null) {
            throw new InvalidInput("startsOn", "roster.startsOn.missing");
        }
        if (swap.endsOn() == null || swap.endsOn().isBefore(swap.startsOn())) {
            throw new InvalidInput("endsOn", "roster.swap.inverted", swap.startsOn(), swap.endsOn());
        }
        if (ChronoUnit.DAYS.between(swap.startsOn(), swap.endsOn()) >= LONGEST_PERIOD) {
            throw new InvalidInput("endsOn", "roster.swap.tooLong", LONGEST_PERIOD);
        }
        if (swap.personId() == null || !unitPeople.contains(swap.personId())) {
            throw new InvalidInput("personId", "roster.swap.notInUnit", swap.personId());
        }
        if (swap.reason() == null || swap.reason().isBlank()) {
            throw new InvalidInput("reason", "roster.swap.reason");
        }
        for (Swap s : swaps) {
            if (s.overlaps(swap)) {
                throw new InvalidInput("startsOn", "roster.swap.overlap", s.startsOn(), s.endsOn());
            }
        }
        List<Swap> all = new ArrayList<>(swaps);
        all.add(swap);
        return new Rotation(members, periodDays, startsOn, all);
    }

    /** Who is on duty on a date: a swap if one covers it, else the rotation (nobody before it starts). */
    public Optional<Shift> on(LocalDate date) {
        for (Swap s : swaps) {
            if (s.covers(date)) {
                return Optional.of(new Shift(s.personId(), s.startsOn(), s.endsOn(), true, s.reason()));
            }
        }
        if (date.isBefore(startsOn)) {
            return Optional.empty();
        }
        long period = ChronoUnit.DAYS.between(startsOn, date) / periodDays;
        LocalDate from = startsOn.plusDays(period * periodDays);
        return Optional.of(new Shift(members.get((int) (period % members.size())), from,
                from.plusDays(periodDays - 1L), false, null));
    }

    /** The next {@code count} turns from a date, swaps shown where they apply. */
    public List<Shift> upcoming(LocalDate from, int count) {
        List<Shift> shifts = new ArrayList<>();
        LocalDate d = from.isBefore(startsOn) ? startsOn : from;
        while (shifts.size() < count) {
            Shift s = on(d).orElseThrow();
            shifts.add(s);
            d = s.until().plusDays(1);
        }
        return shifts;
    }
}
