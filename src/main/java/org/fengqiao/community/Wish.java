package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;

/**
 * A resident's small wish (微心愿): posted on the community's wish wall, claimed by a partner unit or a volunteer,
 * fulfilled with proof of what was handed over, and finally thanked by the resident.
 */
record Wish(UUID id, String number, String communityCode, String communityPath, String residentName,
        String residentPhone, String title, String story, Status status, ClaimerKind claimerKind, UUID partnerId,
        String claimerName, String claimerPhone, Instant claimedAt, String proof, String fulfilledBy,
        Instant fulfilledAt, String thanks, Instant thankedAt, String createdBy, Instant createdAt, long version,
        Moderation moderation, UUID proofPhotoId) {

    enum Status { POSTED, CLAIMED, FULFILLED, THANKED }

    /** A resident's own wish waits for staff before it shows publicly; staff-posted wishes are approved at once. */
    enum Moderation { PENDING, APPROVED, REJECTED }

    enum ClaimerKind { PARTNER, VOLUNTEER }

    boolean shownPublicly() {
        return moderation == Moderation.APPROVED;
    }

    Wish moderated(boolean approve) {
        if (moderation != Moderation.PENDING) {
            throw new InvalidInput("decision", "community.error.wishModerated", moderation);
        }
        return new Wish(id, number, communityCode, communityPath, residentName, residentPhone, title, story, status,
                claimerKind, partnerId, claimerName, claimerPhone, claimedAt, proof, fulfilledBy, fulfilledAt, thanks,
                thankedAt, createdBy, createdAt, version, approve ? Moderation.APPROVED : Moderation.REJECTED,
                proofPhotoId);
    }

    Wish claimed(ClaimerKind kind, UUID partner, String name, String phone, Instant at) {
        if (moderation != Moderation.APPROVED) {
            throw new InvalidInput("status", "community.error.wishNotApproved");
        }
        require(status == Status.POSTED);
        return new Wish(id, number, communityCode, communityPath, residentName, residentPhone, title, story,
                Status.CLAIMED, kind, partner, name, phone, at, proof, fulfilledBy, fulfilledAt, thanks, thankedAt,
                createdBy, createdAt, version, moderation, proofPhotoId);
    }

    Wish fulfilled(String what, UUID photoId, String by, Instant at) {
        require(status == Status.CLAIMED);
        return new Wish(id, number, communityCode, communityPath, residentName, residentPhone, title, story,
                Status.FULFILLED, claimerKind, partnerId, claimerName, claimerPhone, claimedAt, what, by, at, thanks,
                thankedAt, createdBy, createdAt, version, moderation, photoId);
    }

    Wish thanked(String words, Instant at) {
        require(status == Status.FULFILLED);
        return new Wish(id, number, communityCode, communityPath, residentName, residentPhone, title, story,
                Status.THANKED, claimerKind, partnerId, claimerName, claimerPhone, claimedAt, proof, fulfilledBy,
                fulfilledAt, words, at, createdBy, createdAt, version, moderation, proofPhotoId);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new InvalidInput("status", "community.error.wishState", status);
        }
    }
}
