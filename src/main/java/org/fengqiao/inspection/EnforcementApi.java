package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enforcement decisions (penalties) and the filing register of major ones for machine clients, with the pages'
 * rules: departments see and record their own, oversight roles see their jurisdictions, only admins file.
 */
@RestController
@RequestMapping("/api/v1/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class EnforcementApi {

    record DecisionJson(UUID enterpriseId, UUID unitId, UUID recordId, String kind, BigDecimal fineYuan,
            String documentNumber, String summary, String legalBasis, LocalDate decidedOn) {
    }

    record FilingJson(Long version) {
    }

    /** One page of a list, newest decision first; {@code more} when a next page exists. */
    record Page(String month, int page, int size, boolean more, List<EnforcementDecision> items) {
    }

    private final Enforcement enforcement;
    private final EnforcementDecisions decisions;
    private final CurrentActor current;

    EnforcementApi(Enforcement enforcement, EnforcementDecisions decisions, CurrentActor current) {
        this.enforcement = enforcement;
        this.decisions = decisions;
        this.current = current;
    }

    @GetMapping("/decisions")
    Page list(@RequestParam(required = false) String month, @RequestParam(defaultValue = "false") boolean major,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return page(month, major, kind(kind), null, page, size);
    }

    /** 重大执法决定备案: the month's major decisions, filed or still due. */
    @GetMapping("/filing-register")
    Page register(@RequestParam(required = false) String month, @RequestParam(required = false) Boolean filed,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return page(month, true, null, filed, page, size);
    }

    @GetMapping("/decisions/{id}")
    EnforcementDecision get(@PathVariable UUID id) {
        return enforcement.visible(current.get(), id);
    }

    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    EnforcementDecision record(@RequestBody DecisionJson body) {
        return enforcement.record(current.get(), new Enforcement.Decision(body.enterpriseId(), body.unitId(),
                body.recordId(), body.kind(), body.fineYuan(), body.documentNumber(), body.summary(),
                body.legalBasis(), body.decidedOn()));
    }

    @PostMapping("/decisions/{id}/filing")
    EnforcementDecision file(@PathVariable UUID id, @RequestBody FilingJson body) {
        if (body.version() == null) {
            throw new InvalidInput("version", "inspection.error.required");
        }
        return enforcement.file(current.get(), id, body.version());
    }

    private static EnforcementDecision.Kind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return EnforcementDecision.Kind.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "inspection.decision.kind");
        }
    }

    private Page page(String month, boolean major, EnforcementDecision.Kind kind, Boolean filed, int page, int size) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        if (size < 1 || size > 100) {
            throw new InvalidInput("size", "inspection.error.size");
        }
        Actor actor = current.get();
        YearMonth m = MonthlyReportPages.month(month);
        List<EnforcementDecision> rows = decisions.find(actor.jurisdictionPaths(), Enforcement.unitsSeenBy(actor),
                m.atDay(1), m.atEndOfMonth(), major, kind, filed, size + 1, page * size);
        return new Page(m.toString(), page, size, rows.size() > size, rows.size() > size ? rows.subList(0, size)
                : rows);
    }
}
