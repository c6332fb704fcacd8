package org.fengqiao.org;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, with what roles, for which units and inside which jurisdictions. Every module asks the
 * actor before it shows or changes anything. Serializable because the signed-in principal that carries it is
 * stored with the browser session in the database.
 */
public record Actor(UUID personId, String username, String displayName, Set<Role> roles, Set<UUID> unitIds,
        List<String> jurisdictionPaths) implements Serializable {

    public static final String ANONYMOUS = "anonymous";

    public Actor {
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
        jurisdictionPaths = List.copyOf(jurisdictionPaths);
    }

    /** A resident reporting without an account. */
    public static Actor anonymousResident() {
        return new Actor(null, ANONYMOUS, "群众", Set.of(Role.RESIDENT), Set.of(), List.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place with this jurisdiction path lies inside one of the actor's jurisdictions. */
    public boolean covers(String jurisdictionPath) {
        return jurisdictionPath != null && jurisdictionPaths.stream().anyMatch(jurisdictionPath::startsWith);
    }

    public boolean memberOf(UUID unitId) {
        return unitId != null && unitIds.contains(unitId);
    }

    /** Phone and ID numbers in full: only those who must call people back or audit. */
    public boolean maySeePersonalData() {
        return hasAny(Role.ADMIN, Role.DISPATCHER, Role.HANDLER, Role.HEAD, Role.OFFICER);
    }

    public boolean isAnonymous() {
        return personId == null;
    }

    /** The role shown in history entries: the most senior one held. */
    public Role primaryRole() {
        for (Role r : Role.values()) {
            if (roles.contains(r)) {
                return r;
            }
        }
        return Role.RESIDENT;
    }
}
