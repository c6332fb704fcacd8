package org.fengqiao.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limit on what anyone may post without an account, per client address.
 *
 * @param requests     posts allowed per period
 * @param period       the refill period
 * @param pathPrefixes which paths count as public intake
 * @param maxClients   addresses remembered at once by the in-memory store (oldest forgotten first)
 * @param store        DATABASE: one limit shared by all instances; MEMORY: a limit per instance
 */
@ConfigurationProperties("fengqiao.public-intake")
record PublicIntakeSettings(
        @DefaultValue("20") int requests,
        @DefaultValue("10m") Duration period,
        @DefaultValue({"/report", "/track", "/public", "/open311"}) List<String> pathPrefixes,
        @DefaultValue("100000") int maxClients,
        @DefaultValue("DATABASE") Store store) {

    enum Store { DATABASE, MEMORY }
}
