package org.fengqiao.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, read from Spring MVC itself so that a new controller is covered without
 * anyone listing it here.
 */
record Endpoints(List<Endpoint> all) {

    /** One method and path pattern, e.g. {@code POST /api/v1/cases/{id}/{action}}. */
    record Endpoint(String method, String pattern) {

        /** Stateless machine APIs: no session, hence no CSRF token. */
        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/open311/");
        }

        boolean publicPath() {
            return PUBLIC.stream().anyMatch(p -> p.endsWith("/**") ? pattern.startsWith(p.substring(0, p.length() - 3))
                    : pattern.equals(p));
        }

        boolean caseResource() {
            return pattern.contains("/cases/{id}");
        }

        /** The concrete path with each variable filled in by the given function of its name. */
        String path(UnaryOperator<String> variables) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                int open = pattern.indexOf('{', i);
                if (open < 0) {
                    out.append(pattern.substring(i));
                    break;
                }
                int close = pattern.indexOf('}', open);
                out.append(pattern, i, open);
                String name = pattern.substring(open + 1, close);
                out.append(variables.apply(name.contains(":") ? name.substring(0, name.indexOf(':')) : name));
                i = close + 1;
            }
            return out.toString();
        }
    }

    /** Paths reachable without signing in, as the security configuration declares them. */
    static final Set<String> PUBLIC = Set.of("/", "/login", "/report/**", "/track/**", "/public/**", "/error",
            "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            // Open311 is public by design: reads need no key, writes an api_key (checked in Open311ClientTests)
            "/open311/**");

    static Endpoints of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> out = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add(new Endpoint("GET", pattern));
                }
                methods.forEach(m -> out.add(new Endpoint(m.name(), pattern)));
            }
        });
        out.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return new Endpoints(List.copyOf(out));
    }
}
