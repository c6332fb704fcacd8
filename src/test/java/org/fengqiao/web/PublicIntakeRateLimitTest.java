package org.fengqiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

class PublicIntakeRateLimitTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final PublicIntakeRateLimit limit = PublicIntakeRateLimit.inMemory(
            new PublicIntakeSettings(2, Duration.ofMinutes(10), List.of("/report"), 1000,
                    PublicIntakeSettings.Store.MEMORY), new Problems(messages),
            JsonMapper.builder().build(), new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));

    {
        messages.addMessage("error.rateLimited", Locale.SIMPLIFIED_CHINESE, "提交过于频繁，请 {0} 秒后再试");
    }

    @Test
    void thirdAnonymousPostFromOneAddressWithinThePeriodGets429WithRetryAfter() throws Exception {
        assertThat(post("/report", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(post("/report", "10.0.0.1").getStatus()).isEqualTo(200);
        MockHttpServletResponse third = post("/report", "10.0.0.1");
        assertThat(third.getStatus()).isEqualTo(429);
        assertThat(third.getHeader("Retry-After")).isNotBlank();
        assertThat(third.getContentType()).startsWith("application/problem+json");
        assertThat(third.getContentAsString()).contains("提交过于频繁").contains("\"code\":\"error.rateLimited\"")
                .contains("\"status\":429");
    }

    @Test
    void otherAddressesAndOtherPathsAreNotCounted() throws Exception {
        post("/report", "10.0.0.2");
        post("/report", "10.0.0.2");
        assertThat(post("/report", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(post("/cases", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse post(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
