package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident's need on a 390 px phone: raised from the community's public page, pasted-in WeChat messages beside
 * it, found by the grid worker, filed as a case, and followed by the resident with the lookup code.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResidentNeedJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void aResidentsNeedIsRaisedOnAPhoneFiledAsACaseAndFollowedWithTheLookupCode() {
        try (Browser b = Browser.phone(port)) {
            String text = "北门外的路一下雨就积水，老人出门要绕很远 " + ThreadLocalRandom.current().nextInt(1_000_000);
            b.open("/public/community/C01");
            b.waitForText("主理人");
            fitsThePhone(b);
            b.screenshot("60-community-public");
            b.click("#raise-need");
            b.type("textarea[name=text]", text);
            b.type("input[name=name]", "钱阿姨");
            b.type("input[name=phone]", "13912345678");
            b.screenshot("61-need-form");
            b.click("#need-form button[type=submit]");
            b.waitForText("查询码");
            String number = b.find("#need-number").getText();
            String code = b.find("#need-code").getText();
            assertThat(number).startsWith("XQ-");
            b.screenshot("62-need-receipt");

            b.login("grid", "fengqiao-demo");
            b.open("/community/C01/needs/paste");
            b.type("textarea[name=text]", "王阿姨 昨天 07:42\n3 号楼楼道灯坏了 " + number + "\n张师傅 昨天 下午 3:20\n垃圾桶满了没人清 "
                    + number);
            b.click("#paste-form button[type=submit]");
            b.waitForText("已生成 2 条需求");
            b.screenshot("63-paste-result");

            b.open("/community/C01/needs?sort=raised&dir=desc");
            fitsThePhone(b);
            b.driver().findElement(By.xpath("//a[contains(@class,'need')][.//strong[text()='" + number + "']]")).click();
            b.waitForText(text);
            new Select(b.find("#case-form select[name=category]")).selectByValue("URBAN_CONSTRUCTION");
            b.type("#case-form input[name=address]", "绿荫苑北门");
            b.screenshot("64-need-to-case");
            b.click("#case-form button[type=submit]");
            b.waitForText("已转事项办理");
            String caseNumber = b.find("#case-link").getText();
            assertThat(caseNumber).startsWith("MS-");
            b.logout();

            b.open("/public/community/needs/track");
            b.type("input[name=number]", number);
            b.type("input[name=code]", code);
            b.click("#track-form button[type=submit]");
            b.waitForText("已转事项办理");
            assertThat(b.text()).contains(caseNumber).doesNotContain("13912345678");
            fitsThePhone(b);
            b.screenshot("65-need-track");
        }
    }

    static void fitsThePhone(Browser b) {
        Number width = (Number) ((JavascriptExecutor) b.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
    }
}
