package org.fengqiao.org.calendar;

import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.org.WorkingCalendar;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may change the calendar and office hours, and how: a notice replaces its year whole, after a check. */
@Service
class CalendarAdministration {

    private final CalendarDays days;
    private final OfficeHourRanges hours;
    private final Units units;
    private final WorkingCalendar calendar;

    CalendarAdministration(CalendarDays days, OfficeHourRanges hours, Units units, WorkingCalendar calendar) {
        this.days = days;
        this.hours = hours;
        this.calendar = calendar;
        this.units = units;
    }

    NoticePreview preview(int year, String text) {
        requireYear(year);
        return NoticeParser.parse(year, text);
    }

    @Transactional
    NoticePreview apply(Actor actor, int year, String text) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("calendar.forbidden");
        }
        NoticePreview preview = preview(year, text);
        days.replaceYear(preview, text.strip(), actor.username());
        calendar.reload();
        return preview;
    }

    /** Admins set the default and any unit in their jurisdictions; a unit's head sets the unit's own hours. */
    @Transactional
    void setHours(Actor actor, UUID unitId, String ranges, boolean revert) {
        if (unitId == null) {
            if (!actor.has(Role.ADMIN)) {
                throw new Forbidden("calendar.forbidden");
            }
            hours.replace(null, OfficeHours.parse(ranges));
            return;
        }
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("unit", unitId));
        boolean admin = actor.has(Role.ADMIN) && actor.covers(unit.jurisdictionPath());
        boolean head = actor.has(Role.HEAD) && actor.memberOf(unitId);
        if (!admin && !head) {
            throw new Forbidden("calendar.forbidden");
        }
        hours.replace(unitId, revert ? null : OfficeHours.parse(ranges));
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "calendar.import.badYear", year);
        }
    }
}
