package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A dispatcher keeps the enterprise registry from a phone: import a file, then find the enterprise. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void dispatcherImportsAFileOnAPhoneSeesTheRejectedRowAndFindsTheNewEnterprise() throws Exception {
        String name = "旅程测试餐饮店" + ThreadLocalRandom.current().nextInt(1_000_000);
        Path file = Files.createTempFile("enterprises", ".csv");
        Files.writeString(file, "企业名称,统一社会信用代码,地址,行业,所属辖区\n"
                + name + "," + freshCode() + ",东湖路 1 号,餐饮,C01\n坏行,123,地址,餐饮,C01\n", StandardCharsets.UTF_8);
        try (Browser b = Browser.phone(port)) {
            b.login("dispatcher", "fengqiao-demo");
            b.waitForText("王坐席");
            b.open("/enterprises/import");
            b.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
            b.click("form.form button[type=submit]");
            b.waitForText("导入结果");
            b.screenshot("10-enterprise-import-result");
            assertThat(b.find(".count-created").getText()).isEqualTo("1");
            assertThat(b.find(".count-rejected").getText()).isEqualTo("1");
            assertThat(b.text()).contains("统一社会信用代码应为 18 位", "下载错误报告");
            assertFitsThePhone(b);

            b.open("/enterprises");
            b.type("input[name=q]", name);
            b.click(".filters button");
            b.waitForText("共 1 家企业");
            assertFitsThePhone(b);
            b.click("tbody a");
            b.waitForText("统一社会信用代码");
            b.screenshot("11-enterprise-detail");
            assertThat(b.text()).contains(name, "绿荫苑社区", "餐饮");
            assertFitsThePhone(b);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertFitsThePhone(Browser b) {
        Object width = ((JavascriptExecutor) b.driver()).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("no sideways scrolling on a 390 px phone").isLessThanOrEqualTo(390);
    }

    private static String freshCode() {
        StringBuilder s = new StringBuilder("92330466");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return s + String.valueOf(org.fengqiao.subject.CreditCode.checkCharacter(s.toString()));
    }
}
