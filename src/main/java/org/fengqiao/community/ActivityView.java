package org.fengqiao.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;

/** An activity as shown to a person; the check-in code only to those who run the community. */
record ActivityView(UUID id, String communityCode, String title, String description, String place, Instant startsAt,
        Instant endsAt, int capacity, BigDecimal hours, String organiser, String checkInToken) {

    static ActivityView of(Activity a, Actor viewer) {
        boolean staff = !viewer.isAnonymous() && CommunityAccess.mayManage(viewer, a.communityPath());
        return new ActivityView(a.id(), a.communityCode(), a.title(), a.description(), a.place(), a.startsAt(),
                a.endsAt(), a.capacity(), a.hours(), a.organiser(), staff ? a.checkInToken() : null);
    }
}
