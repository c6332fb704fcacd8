package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/**
 * A wish as shown to a person. Staff who may see personal data see names and phones; auditors see them masked;
 * the public wall shows family names only and no phone at all.
 */
record WishView(UUID id, String number, String communityCode, String residentName, String residentPhone,
        String title, String story, Wish.Status status, Wish.ClaimerKind claimerKind, UUID partnerId,
        String claimerName, String claimerPhone, Instant claimedAt, String proof, Instant fulfilledAt,
        String thanks, Instant thankedAt, Instant createdAt, long version) {

    static WishView of(Wish w, Actor viewer) {
        boolean full = !viewer.isAnonymous() && viewer.maySeePersonalData();
        boolean partner = w.claimerKind() == Wish.ClaimerKind.PARTNER;
        String claimer = full || partner ? w.claimerName() : Masking.name(w.claimerName());
        String claimerPhone = viewer.isAnonymous() ? null : full ? w.claimerPhone() : Masking.phone(w.claimerPhone());
        return new WishView(w.id(), w.number(), w.communityCode(), full ? w.residentName()
                : Masking.name(w.residentName()), viewer.isAnonymous() ? null : full ? w.residentPhone()
                : Masking.phone(w.residentPhone()), w.title(), w.story(), w.status(), w.claimerKind(), w.partnerId(),
                claimer, claimerPhone, w.claimedAt(), w.proof(), w.fulfilledAt(), w.thanks(), w.thankedAt(),
                w.createdAt(), w.version());
    }
}
