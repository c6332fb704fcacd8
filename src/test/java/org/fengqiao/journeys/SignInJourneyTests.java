package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void staffSignInOnAPhoneAndReachTheirWorkbench() {
        try (Browser b = Browser.phone(port)) {
            b.open("/");
            assertThat(b.text()).contains("我要反映问题");
            b.screenshot("00-front");
            b.login("dispatcher", "fengqiao-demo");
            b.waitForText("王坐席");
            b.screenshot("01-home-dispatcher");
            assertThat(b.driver().getCurrentUrl()).endsWith("/home");
        }
    }

    @Test
    void wrongPasswordIsRefusedInChinese() {
        try (Browser b = Browser.phone(port)) {
            b.login("dispatcher", "wrong");
            b.waitForText("用户名或密码错误");
            assertThat(b.driver().getCurrentUrl()).contains("/login?error");
        }
    }
}
