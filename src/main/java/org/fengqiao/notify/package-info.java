/**
 * Notifications: an in-app inbox per person and outbound channels (DingTalk/WeCom robot webhooks, SMS) behind an
 * SPI, delivered through the event publication registry and retried by db-scheduler.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"org", "shared"})
package org.fengqiao.notify;
