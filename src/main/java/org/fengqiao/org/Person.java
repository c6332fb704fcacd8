package org.fengqiao.org;

import java.util.Set;
import java.util.UUID;

/** A person with an account. */
public record Person(UUID id, String username, String displayName, String phone, boolean enabled, Set<Role> roles,
        Set<UUID> jurisdictionIds, Set<UUID> unitIds) {
}
