package org.fengqiao.org.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param weekendsOnlyFallback for years without a notice, count Monday–Friday as working days (the default, so
 *                             deadlines running into next year keep working before its notice is imported; admins
 *                             see a warning and the log says so once); false refuses such dates
 * @param cacheFor             how long an instance keeps the calendar before reading it again (other instances'
 *                             edits show up within this time; the instance that edits sees them at once)
 */
@ConfigurationProperties("fengqiao.calendar")
public record CalendarSettings(@DefaultValue("true") boolean weekendsOnlyFallback,
        @DefaultValue("60s") Duration cacheFor) {
}
