package org.fengqiao.casework;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * 首接负责制: of the units a case goes to, the one named by the dispatcher leads; if none is named, the first unit
 * that ever received the case leads when it is among them; otherwise the first unit listed.
 */
@Component
class LeadUnitPolicy {

    /** The lead, the co-handling units and why. */
    record Choice(UUID lead, Set<UUID> coHandling, String why) {
    }

    Choice choose(List<UUID> units, UUID namedLead, UUID firstReceiver) {
        if (units == null || units.isEmpty()) {
            throw new InvalidInput("units", "casework.error.required");
        }
        Set<UUID> all = new LinkedHashSet<>(units);
        UUID lead;
        String why;
        if (namedLead != null) {
            lead = namedLead;
            why = "named";
            all.add(namedLead);
        } else if (firstReceiver != null && all.contains(firstReceiver)) {
            lead = firstReceiver;
            why = "firstReceiver";
        } else {
            lead = all.iterator().next();
            why = "firstListed";
        }
        all.remove(lead);
        return new Choice(lead, Set.copyOf(all), why);
    }
}
