package org.fengqiao.org;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account lockout against password guessing.
 *
 * @param maxFailures consecutive failed sign-ins that lock the account
 * @param lockFor     how long it stays locked
 */
@ConfigurationProperties("fengqiao.sign-in")
record SignInSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
