package org.fengqiao.org;

import java.util.UUID;

/** A body that handles cases: a police station, a district department, an association, a command room. */
public record Unit(UUID id, String code, String name, UnitKind kind, UUID jurisdictionId, String jurisdictionPath,
        boolean active) {
}
