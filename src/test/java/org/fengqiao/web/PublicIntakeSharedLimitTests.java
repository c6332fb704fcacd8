package org.fengqiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances on one database share the public intake limit: posts through either count against the same bucket
 * per address, so a load balancer spreading a client over instances does not multiply its allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicIntakeSharedLimitTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final StaticMessageSource messages = new StaticMessageSource();

    private PublicIntakeRateLimit instance(int requests) {
        return PublicIntakeRateLimit.inDatabase(new PublicIntakeSettings(requests, Duration.ofMinutes(10),
                List.of("/report"), 1000, PublicIntakeSettings.Store.DATABASE), new Problems(messages),
                JsonMapper.builder().build(), new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE), dataSource);
    }

    @Test
    void postsThroughTwoInstancesCountAgainstOneLimitPerAddress() throws Exception {
        String address = "10.77." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        PublicIntakeRateLimit a = instance(3);
        PublicIntakeRateLimit b = instance(3);

        assertThat(post(a, address).getStatus()).isEqualTo(200);
        assertThat(post(b, address).getStatus()).isEqualTo(200);
        assertThat(post(a, address).getStatus()).isEqualTo(200);
        MockHttpServletResponse fourth = post(b, address);
        assertThat(fourth.getStatus()).as("the fourth post within the period, on the other instance").isEqualTo(429);
        assertThat(fourth.getHeader("Retry-After")).isNotBlank();
        assertThat(post(a, address).getStatus()).isEqualTo(429);

        assertThat(post(a, address + "1").getStatus()).as("another address has its own bucket").isEqualTo(200);
        assertThat(post(instance(5), address).getStatus()).as("another limit has its own bucket").isEqualTo(200);
        assertThat(buckets(address)).isEqualTo(2);
        a.removeExpired();
        assertThat(buckets(address)).as("buckets still refilling are kept").isEqualTo(2);
    }

    private long buckets(String address) {
        return jdbc.sql("SELECT count(*) FROM public_intake_bucket WHERE id LIKE ?").param(address + "|%")
                .query(Long.class).single();
    }

    private static MockHttpServletResponse post(PublicIntakeRateLimit limit, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/report");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
