package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole 受理-交办-签收-办结-反馈-评价 loop on a phone-sized browser: a resident reports without an account,
 * the dispatcher accepts and assigns, the unit acknowledges, notes progress, resolves and replies, the resident
 * rates it and the case closes with every step on its timeline.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseLoopJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void residentReportIsHandledRepliedRatedAndClosedWithAFullTimeline() {
        try (Browser b = Browser.phone(port)) {
            b.open("/report");
            b.type("input[name=title]", "超市售卖过期食品");
            b.type("textarea[name=description]", "东湖街道绿荫苑北门旁的超市货架上有多件过期的牛奶和面包仍在销售，请市场监管部门查处。");
            new Select(b.find("select[name=category]")).selectByValue("COMMERCE_TOURISM");
            new Select(b.find("select[name=jurisdiction]")).selectByValue("C01");
            b.type("input[name=address]", "绿荫苑北门");
            b.type("input[name=reporterName]", "刘女士");
            b.type("input[name=reporterPhone]", "13912345678");
            b.screenshot("10-report-form");
            b.click("form[action$='/report'] button[type=submit]");
            b.waitForText("查询码");
            String number = b.find("#case-number").getText();
            String code = b.find("#lookup-code").getText();
            b.screenshot("11-receipt");
            assertThat(number).startsWith("MS-");

            b.login("dispatcher", "fengqiao-demo");
            openCase(b, number);
            act(b, "accept");
            if (has(b, "assign")) {
                WebElement form = b.find("form[action$='/assign']");
                new Select(form.findElement(By.name("units"))).selectByValue("U03");
                b.screenshot("12-assign");
                form.findElement(By.cssSelector("button[type=submit]")).click();
                b.waitForText("区市场监督管理局");
            }
            b.logout();

            b.login("handler", "fengqiao-demo");
            openCase(b, number);
            act(b, "acknowledge");
            actWith(b, "progress", "note", "已派员到现场检查，下架过期商品 12 件。");
            actWith(b, "resolve", "result", "责令超市整改并立案调查，过期食品已全部下架销毁。");
            actWith(b, "reply", "reply", "您好，经现场检查属实，已责令整改并立案调查，感谢您的监督。");
            b.screenshot("13-unit-replied");
            b.logout();

            b.open("/track");
            b.type("input[name=number]", number);
            b.type("input[name=code]", code);
            b.click("form[action$='/track'] button[type=submit]");
            b.waitForText("感谢您的监督");
            new Select(b.find("form[action$='/track/verdict'] select[name=satisfied]")).selectByValue("true");
            new Select(b.find("form[action$='/track/verdict'] select[name=score]")).selectByValue("5");
            b.screenshot("14-rate");
            b.click("form[action$='/track/verdict'] button[type=submit]");
            b.waitForText("已销号");
            b.screenshot("15-closed-tracked");

            b.login("dispatcher", "fengqiao-demo");
            openCase(b, number);
            String page = b.text();
            b.screenshot("16-closed-timeline");
            assertThat(page).contains("已销号", "受理", "交办", "签收", "进展", "办结", "反馈", "评价", "群众确认解决（销号）");
        }
    }

    private static void openCase(Browser b, String number) {
        // the list may lag a moment behind the last step on a busy machine: search again for up to 15 s
        long until = System.nanoTime() + 15_000_000_000L;
        b.open("/casework/cases?q=" + number);
        while (b.driver().findElements(By.linkText(number)).isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            b.open("/casework/cases?q=" + number);
        }
        b.driver().findElement(By.linkText(number)).click();
        b.waitForText(number);
    }

    private static boolean has(Browser b, String action) {
        return !b.driver().findElements(By.cssSelector("form[action$='/" + action + "']")).isEmpty();
    }

    private static void act(Browser b, String action) {
        if (has(b, action)) {
            b.click("form[action$='/" + action + "'] button[type=submit]");
            b.waitForText("已完成");
        }
    }

    private static void actWith(Browser b, String action, String field, String text) {
        WebElement form = b.find("form[action$='/" + action + "']");
        form.findElement(By.name(field)).sendKeys(text);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        b.waitForText(text.substring(0, 8));
    }
}
