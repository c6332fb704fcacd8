package org.fengqiao.community;

import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a community. Community work is done by officers (police and grid workers), command rooms
 * and administrators whose jurisdiction covers the community; auditors read; everyone else is refused.
 */
@Component
class CommunityAccess {

    private final Jurisdictions jurisdictions;

    CommunityAccess(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The community with this code; anything else (a town, a grid, nothing) is not found. */
    Community community(String code) {
        return jurisdictions.findByCode(code == null ? "" : code.strip())
                .filter(j -> j.level() == JurisdictionLevel.COMMUNITY)
                .map(CommunityAccess::of)
                .orElseThrow(() -> new NotFound("community", code));
    }

    /** The grids (网格) of a community, by code. */
    List<Jurisdiction> grids(Community c) {
        return jurisdictions.all().stream()
                .filter(j -> j.level() == JurisdictionLevel.GRID && c.path().length() < j.path().length()
                        && j.path().startsWith(c.path()))
                .toList();
    }

    List<Community> visibleTo(Actor actor) {
        return jurisdictions.all().stream().filter(j -> j.level() == JurisdictionLevel.COMMUNITY)
                .filter(j -> mayRead(actor, j.path())).map(CommunityAccess::of).toList();
    }

    static boolean mayManage(Actor actor, String path) {
        return actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.OFFICER) && actor.covers(path);
    }

    static boolean mayRead(Actor actor, String path) {
        return mayManage(actor, path) || actor.has(Role.AUDITOR) && actor.covers(path);
    }

    Community manage(String code, Actor actor) {
        Community c = community(code);
        if (!mayManage(actor, c.path())) {
            throw new Forbidden("community.error.notPermitted", c.name());
        }
        return c;
    }

    Community read(String code, Actor actor) {
        Community c = community(code);
        if (!mayRead(actor, c.path())) {
            throw new Forbidden("community.error.notPermitted", c.name());
        }
        return c;
    }

    private static Community of(Jurisdiction j) {
        return new Community(j.code(), j.name(), j.path());
    }
}
