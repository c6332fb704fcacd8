package org.fengqiao.community;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Which unit handles a joint action's reports: the unit the campaign names as its handling unit, otherwise the unit
 * of its lead party — the first party that is a unit of the system, in the order police post, property company,
 * department, other. A campaign with neither leaves its cases to the community's ordinary dispatch.
 */
@Component
class CampaignRouting {

    /** The unit chosen and why (a message key: handling unit or lead party). */
    record Decision(Unit unit, String reasonKey) {
    }

    private final Units units;

    CampaignRouting(Units units) {
        this.units = units;
    }

    Optional<Decision> decide(Campaign c, List<Campaign.Party> parties) {
        if (c.handlingUnitId() != null) {
            Optional<Unit> unit = units.find(c.handlingUnitId()).filter(Unit::active);
            if (unit.isPresent()) {
                return unit.map(u -> new Decision(u, "community.campaign.route.handlingUnit"));
            }
        }
        return parties.stream().filter(p -> p.unitId() != null && p.kind() != Campaign.PartyKind.COMMUNITY)
                .sorted(Comparator.comparing(Campaign.Party::kind))
                .map(p -> units.find(p.unitId()).filter(Unit::active)).flatMap(Optional::stream).findFirst()
                .map(u -> new Decision(u, "community.campaign.route.leadParty"));
    }

    /**
     * The active unit with this code that may serve the community: one whose area contains the community (a district
     * department, the town's police station) or lies inside it (the community's property company).
     */
    Unit serving(Community community, String code, String field) {
        String v = code == null ? "" : code.strip();
        return units.findByCode(v).filter(Unit::active).filter(u -> serves(u, community))
                .orElseThrow(() -> new InvalidInput(field, "community.error.unitOutside", v));
    }

    /** The unit a party's name stands for, when the name is an active serving unit's name or code. */
    Optional<Unit> named(Community community, String name) {
        return units.active().stream().filter(u -> u.name().equals(name) || u.code().equals(name))
                .filter(u -> serves(u, community)).findFirst();
    }

    /** The units that may handle a community's campaign, for the form's choice. */
    List<Unit> candidates(Community community) {
        return units.active().stream().filter(u -> serves(u, community)).toList();
    }

    private static boolean serves(Unit u, Community c) {
        return u.jurisdictionPath() != null
                && (c.path().startsWith(u.jurisdictionPath()) || u.jurisdictionPath().startsWith(c.path()));
    }
}
