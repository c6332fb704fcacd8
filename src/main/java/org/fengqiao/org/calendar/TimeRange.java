package org.fengqiao.org.calendar;

import java.time.Duration;
import java.time.LocalTime;

/** One stretch of office hours in a working day, e.g. 08:30–12:00. */
public record TimeRange(LocalTime starts, LocalTime ends) {

    public Duration length() {
        return Duration.between(starts, ends);
    }

    @Override
    public String toString() {
        return starts + "-" + ends;
    }
}
