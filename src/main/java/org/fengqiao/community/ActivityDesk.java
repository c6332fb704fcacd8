package org.fengqiao.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a community's activities: staff plan them, residents sign up (never beyond capacity, once per phone number),
 * check in on site by scanning the activity's QR code (once), and the organiser approves each volunteer's hours,
 * which then count in the volunteer-hours ledger.
 */
@Service
class ActivityDesk {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigDecimal MAX_PLANNED_HOURS = BigDecimal.valueOf(24);

    /** An activity as typed in; times as local date-time (2026-12-05T09:00) in Asia/Shanghai. */
    record Plan(String title, String description, String place, String startsAt, String endsAt, Integer capacity,
            String hours) {
    }

    private final Activities activities;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityDesk(Activities activities, CommunityAccess access, ApplicationEventPublisher events) {
        this.activities = activities;
        this.access = access;
        this.events = events;
        this.clock = Clock.system(ZONE);
    }

    @Transactional
    Activity plan(String communityCode, Plan p, Actor actor) {
        Community c = access.manage(communityCode, actor);
        Instant starts = time(p.startsAt(), "startsAt");
        Instant ends = time(p.endsAt(), "endsAt");
        if (!ends.isAfter(starts)) {
            throw new InvalidInput("endsAt", "community.error.endsBeforeStart");
        }
        if (p.capacity() == null) {
            throw new InvalidInput("capacity", "community.error.required");
        }
        if (p.capacity() <= 0 || p.capacity() > 10_000) {
            throw new InvalidInput("capacity", "community.error.range", 1, 10_000);
        }
        BigDecimal hours = hours(p.hours(), "hours", MAX_PLANNED_HOURS);
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        Activity a = new Activity(UUID.randomUUID(), c.code(), c.path(), Texts.required(p.title(), "title", 100),
                Texts.optional(p.description(), "description", 2000), Texts.required(p.place(), "place", 200), starts,
                ends, p.capacity(), hours, HexFormat.of().formatHex(token), actor.username(), clock.instant());
        activities.add(a);
        events.publishEvent(new CommunityChanged(actor.username(), "activity.plan", "activity", a.id().toString(),
                c.code() + " " + a.title()));
        return a;
    }

    /** A resident signs up (public page) or staff sign someone up; refused when full or already signed up. */
    @Transactional
    Activity.SignUp signUp(UUID activityId, String name, String phone, Actor actor) {
        Activity a = activities.lock(activityId).orElseThrow(() -> new NotFound("activity", activityId));
        if (!actor.isAnonymous()) {
            access.manage(a.communityCode(), actor);
        }
        if (a.over(clock.instant())) {
            throw new InvalidInput("activity", "community.error.activityOver");
        }
        return add(a, name, phone, null, actor);
    }

    /**
     * Checks a person in with the code from the activity's QR poster (or, for staff of the community, without it).
     * Someone not signed up is signed up on the spot while places are left; a second check-in is refused.
     */
    @Transactional
    Activity.SignUp checkIn(UUID activityId, String token, String name, String phone, Actor actor) {
        Activity a = activities.lock(activityId).orElseThrow(() -> new NotFound("activity", activityId));
        if (actor.isAnonymous() || !CommunityAccess.mayManage(actor, a.communityPath())) {
            if (!a.checkInCode(token)) {
                throw new NotFound("activity", activityId);
            }
        }
        Instant now = clock.instant();
        if (!a.checkInOpenAt(now)) {
            throw new InvalidInput("activity", "community.error.checkInClosed");
        }
        String number = Texts.phone(phone, "phone");
        var existing = activities.signUp(a.id(), number);
        if (existing.isEmpty()) {
            return add(a, name, number, now, actor);
        }
        if (!activities.checkIn(existing.get().id(), now)) {
            throw new InvalidInput("phone", "community.error.alreadyCheckedIn");
        }
        events.publishEvent(new CommunityChanged(by(actor), "activity.checkIn", "activity", a.id().toString(),
                a.title()));
        return activities.signUp(existing.get().id()).orElseThrow();
    }

    /** The organiser (or an administrator) credits a checked-in volunteer's hours, once. */
    @Transactional
    Activity.SignUp approveHours(UUID signUpId, String hours, Actor actor) {
        Activity.SignUp s = activities.signUp(signUpId).orElseThrow(() -> new NotFound("signUp", signUpId));
        Activity a = activities.find(s.activityId()).orElseThrow();
        access.manage(a.communityCode(), actor);
        if (!a.organiser().equals(actor.username()) && !actor.has(Role.ADMIN)) {
            throw new Forbidden("community.error.notOrganiser", a.title());
        }
        if (!s.checkedIn()) {
            throw new InvalidInput("signUpId", "community.error.notCheckedIn");
        }
        BigDecimal h = hours == null || hours.isBlank() ? a.hours() : hours(hours, "hours", a.maxHours());
        if (!activities.approve(signUpId, h, actor.username(), clock.instant())) {
            throw new InvalidInput("signUpId", "community.error.hoursApproved");
        }
        events.publishEvent(new CommunityChanged(actor.username(), "activity.hours", "activity", a.id().toString(),
                s.name() + " " + h.toPlainString()));
        return activities.signUp(signUpId).orElseThrow();
    }

    Activity get(UUID id, Actor actor) {
        Activity a = activities.find(id).orElseThrow(() -> new NotFound("activity", id));
        access.read(a.communityCode(), actor);
        return a;
    }

    private Activity.SignUp add(Activity a, String name, String phone, Instant checkedIn, Actor actor) {
        String n = Texts.required(name, "name", 50);
        String number = Texts.phone(phone, "phone");
        if (activities.signUpCount(a.id()) >= a.capacity()) {
            throw new InvalidInput("activity", "community.error.activityFull", a.capacity());
        }
        Activity.SignUp s = new Activity.SignUp(UUID.randomUUID(), a.id(), n, number, clock.instant(), checkedIn,
                null, null, null);
        if (!activities.addSignUp(s)) {
            throw new InvalidInput("phone", "community.error.alreadySignedUp");
        }
        events.publishEvent(new CommunityChanged(by(actor), checkedIn == null ? "activity.signUp" : "activity.checkIn",
                "activity", a.id().toString(), a.title()));
        return s;
    }

    private static String by(Actor actor) {
        return actor.isAnonymous() ? "resident" : actor.username();
    }

    static Instant time(String value, String field) {
        String v = Texts.required(value, field, 30);
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "community.error.dateTime", v);
        }
    }

    static BigDecimal hours(String value, String field, BigDecimal max) {
        String v = Texts.required(value, field, 10);
        BigDecimal h;
        try {
            h = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "community.error.hours", max.toPlainString());
        }
        if (h.signum() <= 0 || h.compareTo(max) > 0 || h.scale() > 1 && h.stripTrailingZeros().scale() > 1) {
            throw new InvalidInput(field, "community.error.hours", max.toPlainString());
        }
        return h.setScale(1, RoundingMode.UNNECESSARY);
    }
}
