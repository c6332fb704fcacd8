package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs up partner units (合伙人单位) of a community and records the resources each offers. */
@Service
class PartnerRegistry {

    private final Partners partners;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;

    PartnerRegistry(Partners partners, CommunityAccess access, ApplicationEventPublisher events) {
        this.partners = partners;
        this.access = access;
        this.events = events;
    }

    @Transactional
    Partner register(String communityCode, String name, String contactName, String contactPhone, Actor actor) {
        Community c = access.manage(communityCode, actor);
        String n = Texts.required(name, "name", 100);
        Partner p = new Partner(UUID.randomUUID(), c.code(), n, Texts.required(contactName, "contactName", 50),
                Texts.phone(contactPhone, "contactPhone"), List.of());
        if (partners.exists(c.code(), n)) {
            throw new InvalidInput("name", "community.error.partnerExists", n);
        }
        partners.add(p, c.path(), actor.username());
        events.publishEvent(new CommunityChanged(actor.username(), "partner.register", "partner", p.id().toString(),
                c.code() + " " + n));
        return p;
    }

    @Transactional
    Partner offer(UUID partnerId, String kind, String description, Integer quantity, Actor actor) {
        Partner p = partners.find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        access.manage(p.communityCode(), actor);
        Partner.Kind k = Texts.choice(Partner.Kind.class, kind, "kind");
        String d = Texts.required(description, "description", 300);
        if (quantity != null && quantity <= 0) {
            throw new InvalidInput("quantity", "community.error.positive");
        }
        Partner.Resource r = new Partner.Resource(UUID.randomUUID(), partnerId, k, d, quantity);
        partners.addResource(r);
        events.publishEvent(new CommunityChanged(actor.username(), "partner.offer", "partner", partnerId.toString(),
                k + " " + d));
        return partners.find(partnerId).orElseThrow();
    }
}
