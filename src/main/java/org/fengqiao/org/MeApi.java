package org.fengqiao.org;

import java.util.Map;

import org.fengqiao.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who am I (credentials and scope check), and self-service API tokens for machine clients. */
@RestController
class MeApi {

    private final CurrentActor current;
    private final ApiTokens tokens;

    MeApi(CurrentActor current, ApiTokens tokens) {
        this.current = current;
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/me")
    Actor me() {
        return current.get();
    }

    /** Issues an API token for the caller; the secret is in this answer only. */
    @PostMapping("/api/v1/me/tokens")
    ResponseEntity<Map<String, String>> issueToken(@RequestParam String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInput("name", "org.token.name");
        }
        String secret = tokens.issue(current.get().personId(), trimmed);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("name", trimmed, "token", secret));
    }
}
