package org.fengqiao.community;

import java.util.UUID;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.Category;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works a need off: matched to a resource one of the community's partners offers (then done when the grid worker
 * records the outcome), or filed as a case through casework (then done when the case closes).
 */
@Service
class NeedHandling {

    /** How a need becomes a case; the phone is the resident's, asked for when the need has none. */
    record CaseRequest(String title, String category, String reporterName, String reporterPhone, String address,
            Long version) {
    }

    private final Needs needs;
    private final Partners partners;
    private final CommunityAccess access;
    private final CaseExchange cases;
    private final ApplicationEventPublisher events;

    NeedHandling(Needs needs, Partners partners, CommunityAccess access, CaseExchange cases,
            ApplicationEventPublisher events) {
        this.needs = needs;
        this.partners = partners;
        this.access = access;
        this.cases = cases;
        this.events = events;
    }

    Need get(UUID id, Actor actor) {
        Need n = needs.find(id).orElseThrow(() -> new NotFound("need", id));
        access.read(n.communityCode(), actor);
        return n;
    }

    @Transactional
    Need match(UUID id, UUID resourceId, String note, Long version, Actor actor) {
        Need n = manage(id, version, actor);
        if (resourceId == null) {
            throw new InvalidInput("resourceId", "community.error.required");
        }
        Partner p = partners.ofResource(resourceId).filter(x -> x.communityCode().equals(n.communityCode()))
                .orElseThrow(() -> new InvalidInput("resourceId", "community.error.resourceOutside"));
        Partner.Resource r = p.resources().stream().filter(x -> x.id().equals(resourceId)).findFirst().orElseThrow();
        String why = Texts.optional(note, "note", 500);
        return save(n.matched(resourceId), p.name() + "：" + r.description() + (why == null ? "" : "。" + why),
                "need.match", actor);
    }

    @Transactional
    Need fileCase(UUID id, CaseRequest req, Actor actor) {
        Need n = manage(id, req.version(), actor);
        if (n.status() != Need.Status.OPEN && n.status() != Need.Status.MATCHED) {
            throw new InvalidInput("status", "community.error.needState", n.status());
        }
        Category category = Texts.choice(Category.class, req.category(), "category");
        String title = req.title() == null || req.title().isBlank()
                ? n.text().lines().findFirst().orElse("").strip() : req.title().strip();
        if (title.length() > 100) {
            title = title.substring(0, 100);
        }
        String phone = req.reporterPhone() == null || req.reporterPhone().isBlank() ? n.residentPhone()
                : req.reporterPhone();
        if (phone == null) {
            throw new InvalidInput("reporterPhone", "community.error.required");
        }
        String name = req.reporterName() == null || req.reporterName().isBlank()
                ? (n.residentName() == null ? "居民" : n.residentName()) : req.reporterName();
        CaseExchange.Summary filed = cases.submit(new CaseExchange.Incoming(title, n.text(), category, name, phone,
                null, req.address(), null, null, n.communityCode()), actor, Channel.WORKBENCH);
        return save(n.filedAsCase(filed.id(), filed.number()), filed.number(), "need.case", actor);
    }

    @Transactional
    Need complete(UUID id, String note, Long version, Actor actor) {
        Need n = manage(id, version, actor);
        return save(n.completed(), Texts.required(note, "note", 500), "need.complete", actor);
    }

    /** The need's case was closed: the need is done (called by the case listener). */
    @Transactional
    void caseClosed(UUID caseId, String caseNumber) {
        for (Need n : needs.withCase(caseId)) {
            if (n.status() == Need.Status.CASE) {
                save(n.caseClosed(), caseNumber, "need.caseClosed", "system");
            }
        }
    }

    private Need manage(UUID id, Long version, Actor actor) {
        Need n = needs.find(id).orElseThrow(() -> new NotFound("need", id));
        access.manage(n.communityCode(), actor);
        if (version != null && version != n.version()) {
            throw new StaleVersion(id, version, n.version());
        }
        return n;
    }

    private Need save(Need changed, String note, String action, Actor actor) {
        return save(changed, note, action, actor.username());
    }

    private Need save(Need changed, String note, String action, String by) {
        if (!needs.update(changed)) {
            long now = needs.find(changed.id()).map(Need::version).orElse(-1L);
            throw new StaleVersion(changed.id(), changed.version(), now);
        }
        needs.step(changed.id(), changed.status(), note, by);
        events.publishEvent(new CommunityChanged(by, action, "need", changed.id().toString(), changed.number()));
        return needs.find(changed.id()).orElseThrow();
    }
}
