package org.fengqiao.casework;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.org.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cases/{id}/merge}: merge a duplicate into another case; {@code /merges}: who follows whom. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class CaseMergeApi {

    /** The version of the case being merged as last seen, the target's number or id, and an optional note. */
    record MergeCommand(@NotNull Long version, @NotBlank @Size(max = 64) String target, @Size(max = 5000) String note) {
    }

    record Merged(UUID id, String number, CaseStatus status, ClosureKind closureKind, long version, String mergedInto) {
    }

    private final CaseMerging merging;
    private final CaseHandling handling;
    private final CurrentActor actors;

    CaseMergeApi(CaseMerging merging, CaseHandling handling, CurrentActor actors) {
        this.merging = merging;
        this.handling = handling;
        this.actors = actors;
    }

    @PostMapping(path = "/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    Merged merge(@PathVariable UUID id, @Valid @RequestBody MergeCommand body) {
        Case c = merging.merge(new CaseId(id), body.version(), body.target(), body.note(), actors.get(), Channel.API);
        Case into = merging.followed(c);
        return new Merged(c.id().value(), c.number(), c.status(), c.closureKind(), c.version(), into.number());
    }

    @GetMapping("/merges")
    CaseMerging.MergeView merges(@PathVariable UUID id) {
        return merging.of(handling.get(new CaseId(id), actors.get()));
    }
}
