package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Resident needs over HTTP: public intake and tracking, WeChat pastes, matching and filing as a case. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NeedsTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    static String unique(String text) {
        return text + " #" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    @Test
    void aResidentRaisesANeedWithoutAccountAndFollowsItOnlyWithTheLookupCode() throws Exception {
        WebSession resident = WebSession.anonymous(port);
        assertThat(resident.get("/public/community/C01/needs/new").statusCode()).isEqualTo(200);
        HttpResponse<String> bad = resident.post("/public/community/C01/needs",
                Map.of("text", "楼道灯坏了", "phone", "12345"));
        assertThat(bad.body()).contains("12345").doesNotContain("need-number");
        resident.get("/public/community/C01/needs/new");
        String text = unique("楼道灯坏了");
        HttpResponse<String> receipt = resident.post("/public/community/C01/needs",
                Map.of("text", text, "name", "钱阿姨", "phone", "13912345678"));
        assertThat(receipt.statusCode()).isEqualTo(200);
        String number = group(receipt.body(), "id=\"need-number\">([^<]+)<");
        String code = group(receipt.body(), "id=\"need-code\">([^<]+)<");
        assertThat(number).startsWith("XQ-");

        assertThat(resident.get("/public/community/needs/track?number=" + number + "&code=WRONGCODE").statusCode())
                .isEqualTo(404);
        String page = resident.get("/public/community/needs/track?number=" + number + "&code=" + code.toLowerCase())
                .body();
        assertThat(page).contains("待处理").doesNotContain("13912345678").doesNotContain("钱阿姨");
        assertThat(jdbc.sql("SELECT source FROM community_need WHERE number = ?").param(number).query(String.class)
                .single()).isEqualTo("PHONE");
    }

    @Test
    void thePosterQrCodeLeadsToTheCommunitysNeedPage() throws Exception {
        HttpResponse<byte[]> png = WebSession.anonymous(port).getBytes("/public/community/C02/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(url).isEqualTo("http://localhost:" + port + "/public/community/C02/needs/new?src=poster");
        assertThat(WebSession.anonymous(port).get("/public/community/G01/qr.png").statusCode()).isEqualTo(404);
    }

    @Test
    void pastedWeChatMessagesBecomeOneNeedEachAndPastingAgainCreatesNoDuplicates() throws Exception {
        String a = unique("北门积水");
        String b = unique("楼道堆放杂物");
        String paste = "王阿姨 2026/11/24 08:12\\n" + a + "\\n老人出门不便\\n\\n张师傅 11月24日 下午 3:05\\n" + b
                + "，联系我 13700009999\\n";
        HttpResponse<String> first = WebSession.api(port, "grid").postJson("/api/v1/community/C01/needs/wechat",
                "{\"text\":\"" + paste + "\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode created = json.readTree(first.body()).get("created");
        assertThat(created.size()).isEqualTo(2);
        assertThat(created.get(0).get("need").get("residentName").asString()).isEqualTo("王阿姨");
        assertThat(created.get(0).get("need").get("text").asString()).isEqualTo(a + "\n老人出门不便");
        assertThat(created.get(1).get("need").get("residentPhone").asString()).isEqualTo("13700009999");
        assertThat(created.get(1).get("need").get("source").asString()).isEqualTo("WECHAT");

        JsonNode again = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/needs/wechat",
                "{\"text\":\"" + paste + "\"}").body());
        assertThat(again.get("created").size()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);

        HttpResponse<String> empty = WebSession.api(port, "grid").postJson("/api/v1/community/C01/needs/wechat",
                "{\"text\":\"  \"}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(WebSession.api(port, "auditor").postJson("/api/v1/community/C01/needs/wechat",
                "{\"text\":\"" + paste + "\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aNeedMatchedToAPartnerResourceIsDoneWhenTheOutcomeIsRecorded() throws Exception {
        JsonNode need = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/needs",
                "{\"text\":\"" + unique("暑期托管需要场地") + "\"}").body()).get("need");
        String id = need.get("id").asString();
        UUID foreign = resource("C02");
        HttpResponse<String> outside = WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/match", "{\"resourceId\":\"" + foreign + "\"}");
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(json.readTree(outside.body()).get("field").asString()).isEqualTo("resourceId");

        HttpResponse<String> early = WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/complete", "{\"note\":\"x\"}");
        assertThat(json.readTree(early.body()).get("field").asString()).isEqualTo("status");

        JsonNode matched = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/match", "{\"resourceId\":\"" + resource("C01") + "\",\"version\":0}").body());
        assertThat(matched.get("status").asString()).isEqualTo("MATCHED");
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id + "/complete",
                "{\"note\":\"已完成\",\"version\":0}").statusCode()).isEqualTo(409);
        JsonNode done = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/complete", "{\"note\":\"物业活动室每周二、四开放托管\"}").body());
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        JsonNode detail = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/needs/" + id).body());
        assertThat(detail.get("steps").size()).isEqualTo(3);
    }

    @Test
    void aNeedFiledAsACaseEntersTheCaseLoopInItsCommunity() throws Exception {
        JsonNode need = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/needs",
                "{\"text\":\"" + unique("小区门口路面塌陷") + "\",\"name\":\"孙先生\"}").body()).get("need");
        String id = need.get("id").asString();
        HttpResponse<String> noPhone = WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/case", "{\"category\":\"URBAN_CONSTRUCTION\"}");
        assertThat(noPhone.statusCode()).isEqualTo(422);
        assertThat(json.readTree(noPhone.body()).get("field").asString()).isEqualTo("reporterPhone");
        HttpResponse<String> badCategory = WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/case", "{\"category\":\"WEATHER\",\"reporterPhone\":\"13912345678\"}");
        assertThat(json.readTree(badCategory.body()).get("field").asString()).isEqualTo("category");

        JsonNode filed = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/needs/" + id
                + "/case", "{\"category\":\"URBAN_CONSTRUCTION\",\"reporterPhone\":\"13912345678\"}").body());
        assertThat(filed.get("status").asString()).isEqualTo("CASE");
        String number = filed.get("caseNumber").asString();
        Map<String, Object> c = jdbc.sql("SELECT jurisdiction_path, channel, status FROM cases WHERE number = ?")
                .param(number).query().singleRow();
        assertThat(c.get("jurisdiction_path")).isEqualTo("/D01/T01/C01/");
        assertThat(c.get("channel")).isEqualTo("WORKBENCH");
    }

    UUID resource(String community) {
        return jdbc.sql("SELECT r.id FROM community_resource r JOIN community_partner p ON p.id = r.partner_id"
                + " WHERE p.community_code = ? ORDER BY r.created_at LIMIT 1").param(community).query(UUID.class)
                .single();
    }

    static String group(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as("%s in page", regex).isTrue();
        return m.group(1);
    }
}
