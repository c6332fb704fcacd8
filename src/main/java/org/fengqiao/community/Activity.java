package org.fengqiao.community;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A community activity (社区活动) residents sign up for, up to its capacity, and check in to on site by scanning its
 * QR code. Check-in is open from an hour before the start until an hour after the end; each checked-in volunteer is
 * credited the activity's hours once the organiser approves them.
 */
record Activity(UUID id, String communityCode, String communityPath, String title, String description, String place,
        Instant startsAt, Instant endsAt, int capacity, BigDecimal hours, String checkInToken, String organiser,
        Instant createdAt) {

    static final Duration CHECK_IN_MARGIN = Duration.ofHours(1);

    boolean checkInOpenAt(Instant t) {
        return !t.isBefore(startsAt.minus(CHECK_IN_MARGIN)) && !t.isAfter(endsAt.plus(CHECK_IN_MARGIN));
    }

    /** Whether a code from a QR link is this activity's check-in code (compared in constant time). */
    boolean checkInCode(String code) {
        return code != null && java.security.MessageDigest.isEqual(
                checkInToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                code.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    boolean over(Instant t) {
        return t.isAfter(endsAt);
    }

    /** The longest credit one person may get: the activity's own length, and never less than its planned hours. */
    BigDecimal maxHours() {
        BigDecimal length = BigDecimal.valueOf(Duration.between(startsAt, endsAt).toMinutes())
                .divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.UP);
        return length.max(hours);
    }

    /** One person's sign-up: checked in on the day, hours credited when the organiser approves. */
    record SignUp(UUID id, UUID activityId, String name, String phone, Instant signedUpAt, Instant checkedInAt,
            BigDecimal hours, String approvedBy, Instant approvedAt) {

        boolean checkedIn() {
            return checkedInAt != null;
        }

        boolean approved() {
            return approvedAt != null;
        }
    }
}
