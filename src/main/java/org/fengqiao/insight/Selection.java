package org.fengqiao.insight;

import java.time.LocalDate;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Unit;
import org.springframework.stereotype.Component;

/**
 * What a dashboard, drill-down or export is about, as the request names it: a jurisdiction the viewer may look at
 * ({@code j}), optionally the lead unit whose cases alone count ({@code u}), and a period ({@code from}, {@code to}).
 * Checked in that order, so a request wrong in several ways is refused for the same parameter everywhere.
 */
record Selection(Jurisdiction place, Unit unit, Period period) {

    @Component
    static class Resolver {

        private final Scope scope;
        private final UnitScope units;

        Resolver(Scope scope, UnitScope units) {
            this.scope = scope;
            this.units = units;
        }

        Selection of(Actor actor, String j, String u, LocalDate from, LocalDate to) {
            Jurisdiction place = scope.of(actor, j);
            Unit unit = units.ofOptional(actor, u);
            return new Selection(place, unit, Period.of(from, to, LocalDate.now(CaseFact.ZONE)));
        }
    }
}
