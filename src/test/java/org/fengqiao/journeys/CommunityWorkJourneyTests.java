package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Community work on a 390 px phone: the grid worker plans an activity, a volunteer checks in by its QR link, the
 * organiser approves the hours and finds them in the ledger; the wish wall, a joint action's report page and the
 * police station's 三查三看 form fit the phone too.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityWorkJourneyTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    static void setValue(Browser b, String css, String value) {
        ((JavascriptExecutor) b.driver()).executeScript("document.querySelector(arguments[0]).value = arguments[1];",
                css, value);
    }

    @Test
    void aVolunteerChecksInByTheQrLinkAndTheApprovedHoursReachTheLedger() {
        try (Browser b = Browser.phone(port)) {
            String title = "小区消防通道清理 " + ThreadLocalRandom.current().nextInt(1_000_000);
            String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));

            b.login("grid", "fengqiao-demo");
            b.open("/community/C01/activities");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.type("#activity-form input[name=title]", title);
            b.type("#activity-form input[name=place]", "5 号楼东侧");
            setValue(b, "#activity-form input[name=startsAt]", LOCAL.format(now.minusMinutes(15)));
            setValue(b, "#activity-form input[name=endsAt]", LOCAL.format(now.plusMinutes(105)));
            b.type("#activity-form input[name=capacity]", "20");
            b.type("#activity-form input[name=hours]", "2");
            b.screenshot("70-activity-plan");
            b.click("#activity-form button[type=submit]");
            b.waitForText("现场签到二维码");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("71-activity-qr");
            String checkIn = b.find("#check-in-link").getAttribute("href");
            String activityPage = b.driver().getCurrentUrl();
            b.logout();

            b.driver().get(checkIn);
            b.waitForText("签到");
            b.type("#check-in-form input[name=phone]", phone);
            b.type("#check-in-form input[name=name]", "志愿者小林");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("72-check-in");
            b.click("#check-in-form button[type=submit]");
            b.waitForText("已签到");

            b.login("grid", "fengqiao-demo");
            b.driver().get(activityPage);
            b.waitForText("志愿者小林");
            b.click(".approve-hours");
            b.waitForText("已确认 2.0 小时");
            b.open("/community/C01/volunteers?q=" + phone);
            b.waitForText("志愿者小林");
            assertThat(b.text()).contains("2.0");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("73-volunteer-ledger");
            b.open("/community/C01/wishes");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.open("/community/C01/drives");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.logout();

            b.open("/public/community/C01/wishes");
            b.waitForText("心愿墙");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("74-wish-wall");

            b.login("officer", "fengqiao-demo");
            b.open("/community/C02/campaigns");
            b.waitForText("景都社区高空抛物专项整治");
            b.driver().findElement(org.openqa.selenium.By.partialLinkText("景都社区高空抛物专项整治")).click();
            b.waitForText("承诺书签订");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("75-campaign-dashboard");
            b.open("/community/conduct/U01/check");
            b.waitForText("查纪律作风");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("76-conduct-check");
        }
    }
}
