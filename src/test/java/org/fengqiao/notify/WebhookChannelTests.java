package org.fengqiao.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WebhookChannelTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private WebhookChannel channel(String url, NotifySettings.WebhookFormat format) {
        return new WebhookChannel(new NotifySettings(url, format, "https://fq.example", true, Duration.ofSeconds(1), 3),
                json);
    }

    private static Delivery delivery(String url) {
        return new Delivery(UUID.randomUUID(), "webhook", url, "事项即将超时", "请尽快处理", "/cases/42", 1);
    }

    @Test
    void postsDingTalkMarkdownWithAnAbsoluteLink() throws Exception {
        try (RobotStub robot = new RobotStub(0, "{\"errcode\":0,\"errmsg\":\"ok\"}")) {
            channel(robot.url(), NotifySettings.WebhookFormat.DINGTALK).deliver(delivery(robot.url()));
            var sent = json.readTree(robot.received.get(0));
            assertThat(sent.get("msgtype").asString()).isEqualTo("markdown");
            assertThat(sent.get("markdown").get("title").asString()).isEqualTo("事项即将超时");
            assertThat(sent.get("markdown").get("text").asString()).contains("请尽快处理",
                    "(https://fq.example/cases/42)");
        }
    }

    @Test
    void postsWeComMarkdownAsContent() throws Exception {
        try (RobotStub robot = new RobotStub(0, "{\"errcode\":0}")) {
            channel(robot.url(), NotifySettings.WebhookFormat.WECOM).deliver(delivery(robot.url()));
            assertThat(json.readTree(robot.received.get(0)).get("markdown").get("content").asString())
                    .startsWith("### 事项即将超时");
        }
    }

    @Test
    void aRobotErrorCodeOrAServerErrorIsAFailureToRetry() throws Exception {
        try (RobotStub robot = new RobotStub(0, "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}")) {
            assertThatThrownBy(() -> channel(robot.url(), NotifySettings.WebhookFormat.DINGTALK)
                    .deliver(delivery(robot.url()))).isInstanceOf(IOException.class).hasMessageContaining("310000");
        }
        try (RobotStub robot = new RobotStub(1, "{\"errcode\":0}")) {
            assertThatThrownBy(() -> channel(robot.url(), NotifySettings.WebhookFormat.DINGTALK)
                    .deliver(delivery(robot.url()))).hasMessageContaining("HTTP 500");
        }
    }

    @Test
    void onlyNoticesToUnitsGoToTheRobotAndOnlyWhenOneIsConfigured() {
        Notice toUnit = new Notice(Set.of(), Set.of(UUID.randomUUID()), "t", "b", null, false);
        Notice toPerson = Notice.toPerson(UUID.randomUUID(), "t", "b", null);
        assertThat(channel("http://127.0.0.1:1/x", NotifySettings.WebhookFormat.DINGTALK).addresses(toUnit, List.of()))
                .hasSize(1);
        assertThat(channel("http://127.0.0.1:1/x", NotifySettings.WebhookFormat.DINGTALK).addresses(toPerson, List.of()))
                .isEmpty();
        assertThat(channel("", NotifySettings.WebhookFormat.DINGTALK).addresses(toUnit, List.of())).isEmpty();
    }
}
