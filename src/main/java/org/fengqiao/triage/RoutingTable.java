package org.fengqiao.triage;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may read and change the routing table, and what a valid route is. */
@Service
class RoutingTable {

    static final int PAGE_SIZE = 50;

    private final Routes routes;
    private final Jurisdictions jurisdictions;
    private final Units units;
    private final Triage triage;

    RoutingTable(Routes routes, Jurisdictions jurisdictions, Units units, Triage triage) {
        this.routes = routes;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.triage = triage;
    }

    /** Routes inside the actor's jurisdictions (admins and dispatchers only). */
    List<Route> list(Actor actor, String category, String pathPrefix, Routes.Sort sort, int page) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER)) {
            throw new Forbidden("error.forbidden");
        }
        if (actor.jurisdictionPaths().isEmpty()) {
            return List.of();
        }
        return routes.list(actor.jurisdictionPaths(), blankToNull(category), blankToNull(pathPrefix), sort,
                PAGE_SIZE + 1, Math.max(0, page) * PAGE_SIZE);
    }

    @Transactional
    void put(Actor actor, String jurisdictionPath, String category, UUID unitId) {
        requireAdmin(actor, jurisdictionPath);
        if (jurisdictions.all().stream().noneMatch(j -> j.path().equals(jurisdictionPath))) {
            throw new InvalidInput("jurisdictionPath", "triage.error.jurisdiction", String.valueOf(jurisdictionPath));
        }
        if (category == null || !triage.categories().contains(category)) {
            throw new InvalidInput("category", "triage.error.category", String.valueOf(category));
        }
        if (unitId == null || units.find(unitId).filter(u -> u.active()).isEmpty()) {
            throw new InvalidInput("unitId", "triage.error.unit", String.valueOf(unitId));
        }
        routes.put(jurisdictionPath, category, unitId, actor.username());
    }

    @Transactional
    void delete(Actor actor, UUID id, long version) {
        Route route = routes.find(id).orElseThrow(() -> new NotFound("route", id));
        requireAdmin(actor, route.jurisdictionPath());
        if (!routes.delete(id, version)) {
            throw new StaleVersion(id, version, route.version());
        }
    }

    private static void requireAdmin(Actor actor, String path) {
        if (!actor.has(Role.ADMIN) || !actor.covers(path)) {
            throw new Forbidden("error.forbidden");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
