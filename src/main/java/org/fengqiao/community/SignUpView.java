package org.fengqiao.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/** A sign-up as shown to staff: name and phone masked unless the viewer may see personal data. */
record SignUpView(UUID id, String name, String phone, Instant signedUpAt, Instant checkedInAt, BigDecimal hours,
        String approvedBy, Instant approvedAt) {

    static SignUpView of(Activity.SignUp s, Actor viewer) {
        boolean full = viewer.maySeePersonalData();
        return new SignUpView(s.id(), full ? s.name() : Masking.name(s.name()),
                full ? s.phone() : Masking.phone(s.phone()), s.signedUpAt(), s.checkedInAt(), s.hours(),
                s.approvedBy(), s.approvedAt());
    }

    static Activities.Volunteer masked(Activities.Volunteer v, Actor viewer) {
        return viewer.maySeePersonalData() ? v : new Activities.Volunteer(Masking.name(v.name()),
                Masking.phone(v.phone()), v.activities(), v.hours(), v.last());
    }
}
