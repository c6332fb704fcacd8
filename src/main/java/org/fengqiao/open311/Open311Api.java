package org.fengqiao.open311;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.fengqiao.casework.Category;
import org.fengqiao.org.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GeoReport v2 endpoints; every answer in the format the path suffix names, errors as {code, description}. */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

    private final Open311Services services;
    private final Open311Requests requests;
    private final Open311Keys keys;

    Open311Api(Open311Services services, Open311Requests requests, Open311Keys keys) {
        this.services = services;
        this.requests = requests;
        this.keys = keys;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest http) {
        String base = http.getRequestURL().toString().replaceFirst("/discovery\\.[a-z]+$", "/");
        return answer(format, "discovery", services.discovery(base));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        return answer(format, "services", services.list());
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        return answer(format, "service_definition", services.definition(code));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> submit(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
        Open311Format f = Open311Format.of(format);
        Actor actor = keys.writer(params.getFirst("api_key"));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(f.mediaType())
                .body(f.render("service_requests", List.of(requests.submit(params, actor))));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> list(@PathVariable String format, @RequestParam Map<String, String> params) {
        Open311Format.of(format);
        Actor actor = keys.reader(params.get("api_key"));
        return answer(format, "service_requests", requests.list(params, actor));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format.of(format);
        return answer(format, "service_requests", List.of(requests.one(id, keys.reader(apiKey))));
    }

    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        Open311Format.of(format);
        return answer(format, "service_requests", List.of(requests.token(token, keys.reader(apiKey))));
    }

    private static ResponseEntity<String> answer(String format, String root, Object document) {
        Open311Format f = Open311Format.of(format);
        return ResponseEntity.ok().contentType(f.mediaType()).body(f.render(root, document));
    }

    /** Comma-separated codes, as GeoReport v2 filters take them. */
    static Set<String> split(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    static Category category(String code) {
        try {
            return Category.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Open311Failure(HttpStatus.NOT_FOUND, "open311.error.service", code);
        }
    }
}
