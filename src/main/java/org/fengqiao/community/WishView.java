package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/**
 * A wish as shown to a person. Staff who may see personal data see names and phones; auditors see them masked;
 * the public wall shows family names only and no phone at all. A phone number a resident wrote into the wish's
 * text is masked for everyone who may not see personal data, the public first.
 */
record WishView(UUID id, String number, String communityCode, String residentName, String residentPhone,
        String title, String story, Wish.Status status, Wish.ClaimerKind claimerKind, UUID partnerId,
        String claimerName, String claimerPhone, Instant claimedAt, String proof, Instant fulfilledAt,
        String thanks, Instant thankedAt, Instant createdAt, long version, Wish.Moderation moderation,
        UUID proofPhotoId) {

    static WishView of(Wish w, Actor viewer) {
        boolean full = !viewer.isAnonymous() && viewer.maySeePersonalData();
        boolean partner = w.claimerKind() == Wish.ClaimerKind.PARTNER;
        String claimer = full || partner ? w.claimerName() : Masking.name(w.claimerName());
        String claimerPhone = viewer.isAnonymous() ? null : full ? w.claimerPhone() : Masking.phone(w.claimerPhone());
        return new WishView(w.id(), w.number(), w.communityCode(), full ? w.residentName()
                : Masking.name(w.residentName()), viewer.isAnonymous() ? null : full ? w.residentPhone()
                : Masking.phone(w.residentPhone()), text(w.title(), full), text(w.story(), full), w.status(),
                w.claimerKind(), w.partnerId(), claimer, claimerPhone, w.claimedAt(), text(w.proof(), full),
                w.fulfilledAt(), text(w.thanks(), full), w.thankedAt(), w.createdAt(), w.version(), w.moderation(),
                w.proofPhotoId());
    }

    private static String text(String s, boolean full) {
        return full ? s : Masking.phonesIn(s);
    }
}
