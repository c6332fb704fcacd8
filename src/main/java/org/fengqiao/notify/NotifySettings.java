package org.fengqiao.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param webhookUrl    robot webhook of the command room's group; empty disables the webhook channel
 * @param webhookFormat DINGTALK or WECOM robot message format
 * @param baseUrl       how people reach Fengqiao, for links in messages that leave it
 * @param sms           whether urgent notices also go out by SMS
 * @param retryFirst    wait before the first retry of a failed delivery; doubles each time
 * @param maxAttempts   attempts before a delivery is marked failed
 */
@ConfigurationProperties("fengqiao.notify")
record NotifySettings(@DefaultValue("") String webhookUrl, @DefaultValue("DINGTALK") WebhookFormat webhookFormat,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("true") boolean sms,
        @DefaultValue("30s") Duration retryFirst, @DefaultValue("6") int maxAttempts) {

    enum WebhookFormat { DINGTALK, WECOM }
}
