package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.LookupCode;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's wish wall (微心愿): residents post small wishes (or staff post them for a resident), a partner
 * unit or a volunteer claims one, staff record its fulfilment with proof, and the resident says thank you with the
 * wish's number and lookup code.
 */
@Service
class WishWall {

    /** A posted wish and the code its resident follows it with (shown once, only its hash is stored). */
    record Receipt(Wish wish, String lookupCode) {
    }

    private final Wishes wishes;
    private final Partners partners;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;

    WishWall(Wishes wishes, Partners partners, CommunityAccess access, ApplicationEventPublisher events) {
        this.wishes = wishes;
        this.partners = partners;
        this.access = access;
        this.events = events;
    }

    @Transactional
    Receipt post(String communityCode, String title, String story, String name, String phone, Actor actor) {
        Community c = actor.isAnonymous() ? access.community(communityCode) : access.manage(communityCode, actor);
        Instant now = Instant.now();
        String code = LookupCode.next();
        Wish w = new Wish(UUID.randomUUID(), wishes.nextNumber(now), c.code(), c.path(),
                Texts.required(name, "name", 50), Texts.phone(phone, "phone"), Texts.required(title, "title", 100),
                Texts.optional(story, "story", 500), Wish.Status.POSTED, null, null, null, null, null, null, null,
                null, null, null, by(actor), now, 0,
                actor.isAnonymous() ? Wish.Moderation.PENDING : Wish.Moderation.APPROVED, null);
        wishes.add(w, LookupCode.hash(code));
        events.publishEvent(new CommunityChanged(by(actor), "wish.post", "wish", w.id().toString(), w.number()));
        return new Receipt(w, code);
    }

    /** Staff approve a resident's pending wish for the public wall, or reject it (it then never shows there). */
    @Transactional
    Wish moderate(UUID id, String decision, Long version, Actor actor) {
        Wish w = manage(id, version, actor);
        String d = Texts.required(decision, "decision", 10);
        if (!d.equals("approve") && !d.equals("reject")) {
            throw new InvalidInput("decision", "community.error.choice", d);
        }
        Wish decided = w.moderated(d.equals("approve"));
        if (!wishes.moderate(decided, actor.username(), Instant.now())) {
            throw new StaleVersion(w.id(), w.version(), wishes.find(w.id()).map(Wish::version).orElse(-1L));
        }
        events.publishEvent(new CommunityChanged(actor.username(), "wish." + d, "wish", w.id().toString(),
                w.number()));
        return wishes.find(id).orElseThrow();
    }

    /**
     * A volunteer claims from the wall (anonymous; only wishes shown there) or staff record a claim by a partner unit
     * or a volunteer.
     */
    @Transactional
    Wish claim(UUID id, UUID partnerId, String name, String phone, Long version, Actor actor) {
        Wish w = wishes.find(id).filter(x -> !actor.isAnonymous() || x.shownPublicly())
                .orElseThrow(() -> new NotFound("wish", id));
        if (!actor.isAnonymous()) {
            access.manage(w.communityCode(), actor);
        }
        check(w, version);
        Wish claimed;
        if (partnerId != null && !actor.isAnonymous()) {
            Partner p = partners.find(partnerId).filter(x -> x.communityCode().equals(w.communityCode()))
                    .orElseThrow(() -> new InvalidInput("partnerId", "community.error.partnerOutside"));
            claimed = w.claimed(Wish.ClaimerKind.PARTNER, p.id(), p.name(), p.contactPhone(), Instant.now());
        } else {
            claimed = w.claimed(Wish.ClaimerKind.VOLUNTEER, null, Texts.required(name, "name", 50),
                    Texts.phone(phone, "phone"), Instant.now());
        }
        return save(claimed, "wish.claim", by(actor));
    }

    /** Records what was handed over, optionally with a photo (checked before anything is stored). */
    @Transactional
    Wish fulfil(UUID id, String proof, ProofPhoto photo, Long version, Actor actor) {
        Wish w = manage(id, version, actor);
        String text = Texts.required(proof, "proof", 1000);
        UUID photoId = null;
        if (photo != null) {
            photoId = UUID.randomUUID();
            wishes.addPhoto(photoId, w.id(), photo, actor.username());
        }
        return save(w.fulfilled(text, photoId, actor.username(), Instant.now()), "wish.fulfil", actor.username());
    }

    /** The proof photo of a wish the actor may read. */
    ProofPhoto photo(UUID id, UUID photoId, Actor actor) {
        get(id, actor);
        return wishes.photo(id, photoId).orElseThrow(() -> new NotFound("photo", photoId));
    }

    /** The resident thanks with the number and lookup code they got when posting. */
    @Transactional
    Wish thank(String number, String code, String words) {
        Wish w = track(number, code);
        return save(w.thanked(Texts.required(words, "thanks", 500), Instant.now()), "wish.thank", "resident");
    }

    Wish track(String number, String code) {
        String n = Texts.required(number, "number", 30).toUpperCase(java.util.Locale.ROOT);
        String c = Texts.required(code, "code", 20);
        return wishes.findByNumber(n, LookupCode.hash(c)).orElseThrow(() -> new NotFound("wish", n));
    }

    Wish get(UUID id, Actor actor) {
        Wish w = wishes.find(id).orElseThrow(() -> new NotFound("wish", id));
        access.read(w.communityCode(), actor);
        return w;
    }

    private Wish manage(UUID id, Long version, Actor actor) {
        Wish w = wishes.find(id).orElseThrow(() -> new NotFound("wish", id));
        access.manage(w.communityCode(), actor);
        check(w, version);
        return w;
    }

    private static void check(Wish w, Long version) {
        if (version != null && version != w.version()) {
            throw new StaleVersion(w.id(), version, w.version());
        }
    }

    private Wish save(Wish changed, String action, String by) {
        if (!wishes.update(changed)) {
            throw new StaleVersion(changed.id(), changed.version(),
                    wishes.find(changed.id()).map(Wish::version).orElse(-1L));
        }
        events.publishEvent(new CommunityChanged(by, action, "wish", changed.id().toString(), changed.number()));
        return wishes.find(changed.id()).orElseThrow();
    }

    private static String by(Actor actor) {
        return actor.isAnonymous() ? "resident" : actor.username();
    }
}
