package org.fengqiao.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Posts to a group robot (钉钉 / 企业微信) in its markdown message format. The robot answers HTTP 200 with an
 * {@code errcode}; anything but 0 counts as a failure, to be retried.
 */
@Component
class WebhookChannel implements NotificationChannel {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final NotifySettings settings;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookChannel(NotifySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public List<String> addresses(Notice notice, List<Recipient> recipients) {
        return settings.webhookUrl().isBlank() || notice.unitIds().isEmpty() ? List.of()
                : List.of(settings.webhookUrl());
    }

    @Override
    public void deliver(Delivery d) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.address())).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload(d)))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        if (!response.body().isBlank()) {
            JsonNode answer = json.readTree(response.body());
            if (answer.has("errcode") && answer.get("errcode").asInt() != 0) {
                throw new IOException("errcode " + answer.get("errcode").asInt() + " " + answer.path("errmsg").asString());
            }
        }
    }

    Map<String, Object> payload(Delivery d) {
        String link = d.link() == null ? "" : "\n\n[查看详情](" + settings.baseUrl() + d.link() + ")";
        String text = "### " + d.title() + "\n\n" + d.body() + link;
        return switch (settings.webhookFormat()) {
            case DINGTALK -> Map.of("msgtype", "markdown", "markdown", Map.of("title", d.title(), "text", text));
            case WECOM -> Map.of("msgtype", "markdown", "markdown", Map.of("content", text));
        };
    }
}
