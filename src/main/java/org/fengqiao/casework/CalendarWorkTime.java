package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.WorkingCalendar;
import org.springframework.stereotype.Component;

/** {@link WorkTime} on the working calendar of org: public holidays, make-up days (调休) and unit office hours. */
@Component
class CalendarWorkTime implements WorkTime {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    private final WorkingCalendar calendar;

    CalendarWorkTime(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Instant add(Instant start, Limit.Unit unit, long grains, UUID unitId) {
        return switch (unit) {
            case CLOCK_MINUTES, CLOCK_HOURS -> start.plus(Duration.ofMinutes(grains));
            case WORKING_HOURS -> calendar.addWorkingHours(start, Duration.ofMinutes(grains), unitId);
            case WORKING_DAYS -> {
                // the same time of day, n working days later: a case assigned at 15:00 is due at 15:00
                ZonedDateTime local = start.atZone(ZONE);
                yield calendar.addWorkingDays(local.toLocalDate(), Math.toIntExact(grains))
                        .atTime(local.toLocalTime()).atZone(ZONE).toInstant();
            }
        };
    }

    @Override
    public long grainsBetween(Instant from, Instant to, Limit.Unit unit, UUID unitId) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return switch (unit) {
            case CLOCK_MINUTES, CLOCK_HOURS -> Duration.between(from, to).toMinutes();
            case WORKING_HOURS -> calendar.workingTimeBetween(from, to, unitId).toMinutes();
            case WORKING_DAYS -> Math.max(0, calendar.workingDaysBetween(from.atZone(ZONE).toLocalDate(),
                    to.atZone(ZONE).toLocalDate()));
        };
    }
}
