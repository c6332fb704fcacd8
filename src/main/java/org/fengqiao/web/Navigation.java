package org.fengqiao.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fengqiao.shared.NavGate;
import org.fengqiao.shared.NavLink;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the navigation links the current person may use into every page model, grouped into a few menus by the
 * area of work they belong to (cases, inspections, community, figures, administration), so that the header stays one
 * row even for an administrator who sees forty pages.
 */
@ControllerAdvice
class Navigation {

    /** One menu of the header: its label key and its links in order. */
    record Group(String messageKey, List<NavLink> links) {
    }

    /** The menu a link belongs in, by the module that declared it (its message key's first part). */
    private static final Map<String, String> AREAS = Map.ofEntries(Map.entry("casework", "cases"),
            Map.entry("triage", "cases"), Map.entry("subject", "cases"), Map.entry("inspection", "inspection"),
            Map.entry("community", "community"), Map.entry("insight", "insight"));

    private static final String VISIBLE = Navigation.class.getName() + ".visible";

    private final List<NavLink> links;
    private final List<NavGate> gates;

    Navigation(List<NavLink> links, ObjectProvider<NavGate> gates) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
        this.gates = gates.orderedStream().toList();
    }

    /** The visible links by menu, menus in the order of their first link; a link of an unknown module goes to admin. */
    @ModelAttribute("navGroups")
    List<Group> navGroups(HttpServletRequest request) {
        Map<String, List<NavLink>> byArea = new LinkedHashMap<>();
        for (NavLink l : navLinks(request)) {
            String module = l.messageKey().substring(0, Math.max(0, l.messageKey().indexOf('.')));
            byArea.computeIfAbsent(AREAS.getOrDefault(module, "admin"), a -> new java.util.ArrayList<>()).add(l);
        }
        return byArea.entrySet().stream().map(e -> new Group("web.nav." + e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * The links the person may use, worked out once per request (the menus and the home page's cards both read
     * them) and not at all for API calls, which render no page.
     */
    @ModelAttribute("navLinks")
    @SuppressWarnings("unchecked")
    List<NavLink> navLinks(HttpServletRequest request) {
        Object known = request.getAttribute(VISIBLE);
        if (known instanceof List<?> list) {
            return (List<NavLink>) list;
        }
        List<NavLink> visible = rendersNoPage(request) ? List.of() : visible();
        request.setAttribute(VISIBLE, visible);
        return visible;
    }

    private static boolean rendersNoPage(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod m
                && (m.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(m.getBeanType(), ResponseBody.class));
    }

    private List<NavLink> visible() {
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
