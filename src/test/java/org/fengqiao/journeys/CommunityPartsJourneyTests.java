package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One short journey on a 390 px phone for each part of community work the other journeys leave out: a steward
 * proposed and shown on the public page, a mediation settled with its agreement, a joint action's patrol finding
 * routed as a case, and a 三查三看 check whose finding is rectified.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityPartsJourneyTests {

    @LocalServerPort
    int port;

    static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    @Test
    void aGridWorkerProposesAStewardWhomTheOfficerApprovesAndThePublicPageShows() {
        try (Browser b = Browser.phone(port)) {
            String name = unique("主理人");
            String topic = unique("楼道堆物");
            b.login("grid", "fengqiao-demo");
            b.open("/community/C01");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.type("#propose-steward input[name=name]", name);
            b.type("#propose-steward input[name=phone]", "139" + String.format("%08d",
                    ThreadLocalRandom.current().nextInt(100_000_000)));
            b.type("#propose-steward input[name=topics]", topic);
            b.click("#propose-steward input[name=grids]");
            b.click("#propose-steward button[type=submit]");
            b.waitForText(name);
            b.logout();

            b.login("officer", "fengqiao-demo");
            b.open("/community/C01");
            WebElement card = b.driver().findElement(By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '),"
                    + " ' card ')][.//*[contains(text(),'" + name + "')]]"));
            b.submitAndWait(card.findElement(By.cssSelector("form.decision button[value=true]")));
            b.waitForText(name);
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("80-steward-approved");
            b.logout();

            b.open("/public/community/C01");
            b.waitForText(topic);
            ResidentNeedJourneyTests.fitsThePhone(b);
        }
    }

    @Test
    void aMediatorRecordsASessionAndReachesAnAgreementWithItsPdf() {
        try (Browser b = Browser.phone(port)) {
            String summary = unique("楼上漏水纠纷");
            b.login("grid", "fengqiao-demo");
            b.open("/community/C01/mediations");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.type("#mediation-form textarea[name=summary]", summary);
            b.type("#mediation-form textarea[name=applicants]", "吴先生 13912340011");
            b.type("#mediation-form textarea[name=respondents]", "郑女士 13912340012");
            b.type("#mediation-form input[name=mediators]", "老杨");
            b.click("#mediation-form button[type=submit]");
            b.waitForText(summary);
            b.type("#session-form textarea[name=note]", "双方到场，同意先修好防水");
            b.click("#session-form button[type=submit]");
            b.waitForText("双方到场");
            b.type("#agree-form textarea[name=terms]", "郑女士三日内修复防水并赔偿 800 元");
            b.screenshot("81-mediation-agree");
            b.click("#agree-form button[type=submit]");
            b.waitForText("下载协议书 PDF");
            assertThat(b.find("#agreement-pdf").getAttribute("href")).endsWith("/agreement.pdf");
            b.waitForText("第 1 次回访（结案后 7 天）");
            b.waitForText("第 2 次回访（结案后 30 天）");
            ResidentNeedJourneyTests.fitsThePhone(b);
        }
    }

    @Test
    void aPatrolFindingOfAJointActionBecomesACaseOfItsHandlingUnitOnTheDashboard() {
        try (Browser b = Browser.phone(port)) {
            String finding = unique("楼下发现碎花盆");
            b.login("officer", "fengqiao-demo");
            b.open("/community/C02/campaigns");
            b.driver().findElement(By.partialLinkText("景都社区高空抛物专项整治")).click();
            b.waitForText("承诺书签订");
            new Select(b.find("#event-form select[name=kind]")).selectByValue("PATROL");
            b.type("#event-form input[name=place]", "3幢楼下");
            b.type("#event-form textarea[name=note]", "物业夜巡");
            b.type("#event-form input[name=finding]", finding);
            b.type("#event-form input[name=building]", "3幢");
            b.screenshot("82-campaign-patrol");
            b.click("#event-form button[type=submit]");
            b.waitForText(finding);
            String text = b.find("#cases").getText() + b.text();
            assertThat(text).contains("东湖派出所");
            assertThat(b.driver().findElements(By.cssSelector(".campaign-case")).get(0).getText())
                    .contains("东湖派出所").contains("已交办待签收");
            ResidentNeedJourneyTests.fitsThePhone(b);
        }
    }

    @Test
    void anOfficerChecksATeamOnThePhoneAndRectifiesTheFinding() {
        try (Browser b = Browser.phone(port)) {
            String team = unique("值班") + "组";
            b.login("officer", "fengqiao-demo");
            b.open("/community/conduct/U01/check");
            b.type("#conduct-form input[name=team]", team);
            WebElement first = b.driver().findElements(By.cssSelector(".conduct-item")).get(0);
            first.findElement(By.xpath(".//input[@value='fail']/..")).click();
            first.findElement(By.cssSelector("input[name^=note-]")).sendKeys("值班室物品摆放杂乱");
            b.click("#conduct-form button[type=submit]");
            b.waitForText("值班室物品摆放杂乱");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("83-conduct-finding");
            WebElement card = b.driver().findElement(By.xpath("//*[contains(@class,'finding')][.//*[contains(text(),'"
                    + team + "')]]"));
            card.findElement(By.cssSelector("input[name=note]")).sendKeys("已整理并拍照复查");
            b.submitAndWait(card.findElement(By.cssSelector("button[type=submit]")));
            b.open("/community/conduct/U01/findings?state=rectified");
            b.waitForText("已整理并拍照复查");
        }
    }
}
