package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
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

/** Resident needs for machine clients: intake (typed or pasted from WeChat), matching, filing as a case. */
@RestController
@RequestMapping("/api/v1/community")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','OFFICER','AUDITOR')")
class NeedApi {

    record NeedJson(String text, String name, String phone) {
    }

    record PasteJson(String text) {
    }

    record Created(NeedView need, String lookupCode) {
    }

    record Pasted(List<Created> created, int duplicates) {
    }

    record MatchJson(UUID resourceId, String note, Long version) {
    }

    record NoteJson(String note, Long version) {
    }

    record Detail(NeedView need, List<Needs.Step> steps) {
    }

    record PageJson(List<NeedView> items, long total, int page, int size) {
    }

    private final CommunityAccess access;
    private final Needs needs;
    private final NeedIntake intake;
    private final NeedHandling handling;
    private final CurrentActor current;

    NeedApi(CommunityAccess access, Needs needs, NeedIntake intake, NeedHandling handling, CurrentActor current) {
        this.access = access;
        this.needs = needs;
        this.intake = intake;
        this.handling = handling;
        this.current = current;
    }

    @GetMapping("/{code}/needs")
    PageJson list(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "raised") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Actor actor = current.get();
        Community c = access.read(code, actor);
        Need.Status s = Texts.filter(Need.Status.class, status, "status");
        Needs.Page p = needs.of(c.code(), s, sort, "asc".equalsIgnoreCase(dir), Paging.page(page),
                Paging.size(size));
        return new PageJson(p.items().stream().map(n -> NeedView.of(n, actor)).toList(), p.total(), p.page(), p.size());
    }

    @PostMapping("/{code}/needs")
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@PathVariable String code, @RequestBody NeedJson n) {
        Actor actor = current.get();
        NeedIntake.Receipt r = intake.record(code, n.text(), n.name(), n.phone(), actor);
        return new Created(NeedView.of(r.need(), actor), r.lookupCode());
    }

    @PostMapping("/{code}/needs/wechat")
    Pasted paste(@PathVariable String code, @RequestBody PasteJson p) {
        Actor actor = current.get();
        NeedIntake.PasteResult r = intake.paste(code, p.text(), actor);
        return new Pasted(r.created().stream().map(x -> new Created(NeedView.of(x.need(), actor), x.lookupCode()))
                .toList(), r.duplicates());
    }

    @GetMapping("/needs/{id}")
    Detail get(@PathVariable UUID id) {
        Actor actor = current.get();
        return new Detail(NeedView.of(handling.get(id, actor), actor), needs.steps(id));
    }

    @PostMapping("/needs/{id}/match")
    NeedView match(@PathVariable UUID id, @RequestBody MatchJson m) {
        Actor actor = current.get();
        return NeedView.of(handling.match(id, m.resourceId(), m.note(), m.version(), actor), actor);
    }

    @PostMapping("/needs/{id}/case")
    NeedView fileCase(@PathVariable UUID id, @RequestBody NeedHandling.CaseRequest req) {
        Actor actor = current.get();
        return NeedView.of(handling.fileCase(id, req, actor), actor);
    }

    @PostMapping("/needs/{id}/complete")
    NeedView complete(@PathVariable UUID id, @RequestBody NoteJson n) {
        Actor actor = current.get();
        return NeedView.of(handling.complete(id, n.note(), n.version(), actor), actor);
    }
}
