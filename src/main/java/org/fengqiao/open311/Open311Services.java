package org.fengqiao.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.casework.Category;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The service list is casework's category list: service_code is the category's code. Every service takes the
 * same attributes: the town or community (required, since a case must be placed) and an optional firm name.
 */
@Component
class Open311Services {

    static final String JURISDICTION = "jurisdiction";
    static final String ENTERPRISE = "enterprise_name";

    private final MessageSource messages;
    private final Jurisdictions jurisdictions;

    Open311Services(MessageSource messages, Jurisdictions jurisdictions) {
        this.messages = messages;
        this.jurisdictions = jurisdictions;
    }

    Map<String, Object> discovery(String base) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-25T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-11-25T00:00:00Z");
        d.put("contact", text("open311.discovery.contact"));
        d.put("key_service", text("open311.discovery.keyService"));
        d.put("endpoints", List.of(endpoint));
        return d;
    }

    List<Map<String, Object>> list() {
        return Arrays.stream(Category.values()).map(c -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.name());
            s.put("service_name", name(c));
            s.put("description", text("open311.service.description", name(c)));
            s.put("metadata", true);
            s.put("type", "realtime");
            s.put("keywords", c.label());
            s.put("group", c.label());
            return s;
        }).toList();
    }

    Map<String, Object> definition(String code) {
        Category c = Open311Api.category(code);
        List<Map<String, Object>> places = new ArrayList<>();
        jurisdictions.all().stream()
                .filter(j -> j.level() == JurisdictionLevel.TOWN || j.level() == JurisdictionLevel.COMMUNITY)
                .forEach(j -> places.add(value(j.code(), j.name())));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", c.name());
        d.put("attributes", List.of(
                attribute(JURISDICTION, "singlevaluelist", true, 1, text("open311.attribute.jurisdiction"), places),
                attribute(ENTERPRISE, "string", false, 2, text("open311.attribute.enterprise"), null)));
        return d;
    }

    private static Map<String, Object> attribute(String code, String type, boolean required, int order,
            String description, List<Map<String, Object>> values) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", code);
        a.put("datatype", type);
        a.put("required", required);
        a.put("datatype_description", description);
        a.put("order", order);
        a.put("description", description);
        if (values != null) {
            a.put("values", values);
        }
        return a;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", key);
        v.put("name", name);
        return v;
    }

    private String name(Category c) {
        return messages.getMessage("casework.category." + c.name(), null, c.label(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
