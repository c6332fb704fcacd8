package org.fengqiao.casework;

import org.fengqiao.shared.InvalidInput;

/**
 * One time limit: an amount of clock time, of a unit's office time, or of working days. The amount is counted in
 * its {@link Unit#grain() grain} (minutes or days) when pauses and extensions are added to it.
 */
public record Limit(int amount, Unit unit) {

    public static final int LARGEST = 1000;

    public enum Unit {
        /** Counted around the clock, holidays included. */
        CLOCK_MINUTES(1), CLOCK_HOURS(60),
        /** Counted in the office hours of the unit on working days. */
        WORKING_HOURS(60),
        /** Counted in working days of the calendar (public holidays skipped, make-up days counted). */
        WORKING_DAYS(1);

        private final int perAmount;

        Unit(int perAmount) {
            this.perAmount = perAmount;
        }

        /** Grains in one amount: minutes for clock and working hours, days for working days. */
        public int grain() {
            return perAmount;
        }

        public boolean countsDays() {
            return this == WORKING_DAYS;
        }

        public boolean countsOfficeTime() {
            return this == WORKING_HOURS;
        }
    }

    public Limit {
        if (unit == null) {
            throw new InvalidInput("unit", "casework.error.required");
        }
        if (amount < 1 || amount > LARGEST) {
            throw new InvalidInput("amount", "casework.limit.amount", LARGEST);
        }
    }

    /** The limit in grains (minutes or days). */
    public long grains() {
        return (long) amount * unit.grain();
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
