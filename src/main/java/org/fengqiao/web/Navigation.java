package org.fengqiao.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fengqiao.shared.NavGate;
import org.fengqiao.shared.NavLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation links the current person may use into every page model. */
@ControllerAdvice
class Navigation {

    private final List<NavLink> links;
    private final List<NavGate> gates;

    Navigation(List<NavLink> links, ObjectProvider<NavGate> gates) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
        this.gates = gates.orderedStream().toList();
    }

    @ModelAttribute("navLinks")
    List<NavLink> navLinks() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return List.of();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        return links.stream().filter(l -> l.visibleTo(roles)).filter(l -> gates.stream().allMatch(g -> g.admits(l)))
                .toList();
    }
}
