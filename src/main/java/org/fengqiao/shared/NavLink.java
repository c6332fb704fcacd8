package org.fengqiao.shared;

import java.util.Set;

/**
 * A link a module contributes to the main navigation. Declared as a bean by the module that owns the page,
 * so the shared layout never needs to know the modules.
 *
 * @param messageKey label in the message bundles
 * @param href       target path
 * @param roles      role names (without ROLE_) that see it; empty means every signed-in person
 * @param order      position, smaller first
 */
public record NavLink(String messageKey, String href, Set<String> roles, int order) {

    public NavLink {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<String> actorRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(actorRoles::contains);
    }
}
