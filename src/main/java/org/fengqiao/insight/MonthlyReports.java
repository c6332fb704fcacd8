package org.fengqiao.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.springframework.stereotype.Component;

/**
 * The monthly report (月报) of every jurisdiction that has a unit with a head, and (unless
 * {@code fengqiao.insight.reports.unit-reports} is false) of every unit with a head, for the month before. Run by a
 * recurring db-scheduler task (one instance at a time); each run asks again for last month's reports, and the
 * store refuses those that exist, so a month is reported exactly once, also after downtime over the 1st.
 */
@Component
class MonthlyReports {

    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final BackgroundReports background;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final People people;
    private final ReportSettings settings;

    MonthlyReports(BackgroundReports background, Jurisdictions jurisdictions, Units units, People people,
            ReportSettings settings) {
        this.background = background;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.people = people;
        this.settings = settings;
    }

    /** Queues the missing reports of the month before {@code today}; answers how many it queued. */
    int queue(LocalDate today) {
        ReportPeriod month = ReportPeriod.monthBefore(today);
        int queued = 0;
        List<Unit> headed = withHeads();
        for (Jurisdiction place : headed.stream().map(u -> jurisdictions.find(u.jurisdictionId()).orElse(null))
                .filter(Objects::nonNull).distinct().toList()) {
            queued += background.scheduled(place, null, month, LOCALE).isPresent() ? 1 : 0;
        }
        if (settings.unitReports()) {
            for (Unit unit : headed) {
                Jurisdiction place = jurisdictions.find(unit.jurisdictionId()).orElse(null);
                queued += place != null && background.scheduled(place, unit, month, LOCALE).isPresent() ? 1 : 0;
            }
        }
        return queued;
    }

    private List<Unit> withHeads() {
        return units.active().stream()
                .filter(u -> people.ofUnit(u.id()).stream().anyMatch(p -> p.enabled() && p.roles().contains(Role.HEAD)))
                .toList();
    }
}
