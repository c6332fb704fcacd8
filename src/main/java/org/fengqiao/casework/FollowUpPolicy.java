package org.fengqiao.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.fengqiao.shared.InvalidInput;

/**
 * A category whose cases are disputes (纠纷): after each close its follow-ups (回访) are due this many days later, in
 * rising order (default 7 and 30).
 */
record FollowUpPolicy(Category category, List<Integer> offsets) {

    static final int MOST_ROUNDS = 5;
    static final int LONGEST_OFFSET = 365;
    static final List<Integer> DEFAULT_OFFSETS = List.of(7, 30);

    FollowUpPolicy {
        if (category == null) {
            throw new InvalidInput("category", "casework.error.required");
        }
        if (offsets == null || offsets.isEmpty() || offsets.size() > MOST_ROUNDS) {
            throw new InvalidInput("offsets", "casework.followup.offsetCount", MOST_ROUNDS);
        }
        for (int i = 0; i < offsets.size(); i++) {
            Integer days = offsets.get(i);
            if (days == null || days < 1 || days > LONGEST_OFFSET) {
                throw new InvalidInput("offsets", "casework.followup.offsetRange", LONGEST_OFFSET);
            }
            if (i > 0 && days <= offsets.get(i - 1)) {
                throw new InvalidInput("offsets", "casework.followup.offsetOrder");
            }
        }
        offsets = List.copyOf(offsets);
    }

    /**
     * The days the follow-ups of a close on {@code closedOn} are due: each offset in calendar days, moved on to the
     * next working day when it falls on a weekend or holiday (nobody is called on a rest day).
     */
    List<LocalDate> dueDates(LocalDate closedOn, Predicate<LocalDate> workingDay) {
        return offsets.stream().map(days -> {
            LocalDate d = closedOn.plusDays(days);
            for (int i = 0; i < 30 && !workingDay.test(d); i++) {
                d = d.plusDays(1);
            }
            return d;
        }).toList();
    }

    /** Offsets as typed on the admin page ("7, 30" or "7 30"); anything else is refused naming {@code offsets}. */
    static List<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("offsets", "casework.followup.offsetCount", MOST_ROUNDS);
        }
        String[] parts = text.strip().split("[,，、\\s]+");
        if (parts.length > MOST_ROUNDS) {
            throw new InvalidInput("offsets", "casework.followup.offsetCount", MOST_ROUNDS);
        }
        try {
            return java.util.Arrays.stream(parts).map(p -> Integer.valueOf(p.strip())).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInput("offsets", "casework.followup.offsetRange", LONGEST_OFFSET);
        }
    }
}
