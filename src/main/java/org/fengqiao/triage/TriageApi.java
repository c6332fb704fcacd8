package org.fengqiao.triage;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.Forbidden;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/triage}: category suggestions and the unit for a category in a jurisdiction, for staff. */
@RestController
@RequestMapping("/api/v1/triage")
@PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER', 'HANDLER', 'HEAD', 'OFFICER')")
class TriageApi {

    /** A case text to classify; up to 100,000 characters each. */
    record TextInput(@NotNull @Size(max = 100_000) String title, @NotNull @Size(max = 100_000) String body) {
    }

    /** The unit that handles a category at a jurisdiction, if the routing table names one. */
    record UnitSuggestion(String category, String jurisdictionPath, UUID unitId) {
    }

    private final Triage triage;
    private final CurrentActor current;

    TriageApi(Triage triage, CurrentActor current) {
        this.triage = triage;
        this.current = current;
    }

    @PostMapping("/suggestions")
    Suggestion suggest(@Valid @RequestBody TextInput input) {
        return triage.suggest(input.title(), input.body());
    }

    @GetMapping("/categories")
    List<String> categories() {
        return triage.categories();
    }

    @GetMapping("/unit")
    UnitSuggestion unit(@RequestParam String category, @RequestParam String jurisdictionPath) {
        if (!current.get().covers(jurisdictionPath)) {
            throw new Forbidden("error.forbidden");
        }
        return new UnitSuggestion(category, jurisdictionPath,
                triage.suggestUnit(category, jurisdictionPath).orElse(null));
    }
}
