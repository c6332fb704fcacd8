package org.fengqiao.subject;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.PhoneNumber;

/** The person to call at an enterprise. Either part may be missing. */
public record Contact(String name, PhoneNumber phone) {

    /** The phone as this actor may see it: in full, or masked (138****5678). */
    public String phoneFor(Actor actor) {
        if (phone == null) {
            return null;
        }
        return actor.maySeePersonalData() ? phone.value() : phone.masked();
    }
}
