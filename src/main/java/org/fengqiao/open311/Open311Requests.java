package org.fengqiao.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.Category;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Service requests mapped onto cases: service_request_id is the case number, the token is the case id, status
 * is open or closed, agency_responsible the lead unit, expected_datetime the deadline, status_notes the latest
 * reply. Nothing about the reporter is ever returned.
 */
@Component
class Open311Requests {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    private final CaseExchange exchange;
    private final MessageSource messages;

    Open311Requests(CaseExchange exchange, MessageSource messages) {
        this.exchange = exchange;
        this.messages = messages;
    }

    Map<String, Object> submit(MultiValueMap<String, String> p, Actor actor) {
        String code = p.getFirst("service_code");
        if (code == null || code.isBlank()) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.required", "service_code");
        }
        Category category;
        try {
            category = Category.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.service", code);
        }
        Double lat = number(p.getFirst("lat"), "lat");
        Double lon = number(p.getFirst("long"), "long");
        String address = p.getFirst("address_string");
        if ((lat == null || lon == null) && (address == null || address.isBlank())) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.location");
        }
        String description = p.getFirst("description");
        String name = (blankToEmpty(p.getFirst("last_name")) + blankToEmpty(p.getFirst("first_name"))).strip();
        CaseExchange.Summary filed = exchange.submit(new CaseExchange.Incoming(title(description), description,
                category, name, p.getFirst("phone"), p.getFirst("attribute[" + Open311Services.ENTERPRISE + "]"),
                address, lat, lon, p.getFirst("attribute[" + Open311Services.JURISDICTION + "]")), actor,
                Channel.OPEN311);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", filed.number());
        r.put("token", filed.id().toString());
        r.put("service_notice", text("open311.notice.received"));
        r.put("account_id", null);
        return r;
    }

    List<Map<String, Object>> list(Map<String, String> p, Actor actor) {
        Set<String> ids = Open311Api.split(p.get("service_request_id"));
        if (!ids.isEmpty()) {
            return exchange.list(new CaseExchange.Filter(null, List.copyOf(ids), null, null, null, null, 0, 1000),
                    actor, Channel.OPEN311).stream().map(this::request).toList();
        }
        Set<Category> categories = new java.util.LinkedHashSet<>();
        for (String code : Open311Api.split(p.get("service_code"))) {
            categories.add(Open311Api.category(code));
        }
        Instant end = date(p.get("end_date"), "end_date");
        Instant start = date(p.get("start_date"), "start_date");
        if (start == null && end == null) {
            start = Instant.now().minus(DEFAULT_WINDOW);
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.range");
        }
        Set<String> statuses = Open311Api.split(p.get("status"));
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.status", p.get("status"));
        }
        Boolean open = statuses.size() == 1 ? statuses.contains("open") : null;
        int page = whole(p.get("page"), "page", 1);
        int size = whole(p.get("page_size"), "page_size", DEFAULT_PAGE_SIZE);
        if (size > 1000) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.pageSize", 1000);
        }
        return exchange.list(new CaseExchange.Filter(null, null, categories, start, end, open, page - 1, size),
                actor, Channel.OPEN311).stream().map(this::request).toList();
    }

    Map<String, Object> one(String id, Actor actor) {
        return exchange.find(id, actor, Channel.OPEN311).map(this::request)
                .orElseThrow(() -> new Open311Failure(HttpStatus.NOT_FOUND, "open311.error.request", id));
    }

    /** GeoReport v2 tokens: the service_request_id once the case exists (it exists at once here). */
    Map<String, Object> token(String token, Actor actor) {
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            throw new Open311Failure(HttpStatus.NOT_FOUND, "open311.error.token", token);
        }
        CaseExchange.Summary s = exchange.find(new CaseId(id), actor, Channel.OPEN311)
                .orElseThrow(() -> new Open311Failure(HttpStatus.NOT_FOUND, "open311.error.token", token));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", s.number());
        r.put("token", token);
        return r;
    }

    private Map<String, Object> request(CaseExchange.Summary s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", s.number());
        r.put("status", s.status().isOpen() ? "open" : "closed");
        r.put("status_notes", s.reply());
        r.put("service_name", messages.getMessage("casework.category." + s.category().name(), null,
                s.category().label(), LocaleContextHolder.getLocale()));
        r.put("service_code", s.category().name());
        r.put("description", s.description());
        r.put("agency_responsible", s.leadUnitName());
        r.put("service_notice", null);
        r.put("requested_datetime", utc(s.createdAt()));
        r.put("updated_datetime", utc(s.updatedAt()));
        r.put("expected_datetime", utc(s.dueAt()));
        r.put("address", s.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", s.lat());
        r.put("long", s.lon());
        r.put("media_url", null);
        return r;
    }

    static String utc(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String title(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String first = description.strip().lines().findFirst().orElse("");
        return first.length() <= 40 ? first : first.substring(0, 40) + "…";
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.number", field);
        }
    }

    private static int whole(String value, String field, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.number", field);
        }
    }

    private static Instant date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST, "open311.error.date", field);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
