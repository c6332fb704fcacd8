package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Wishes go posted → claimed → fulfilled (with proof) → thanked; drives count donations against item targets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WishesAndDonationsTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    static String between(String body, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(body);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1).strip();
    }

    JsonNode wish(String number) throws Exception {
        for (JsonNode w : json.readTree(WebSession.api(port, "grid").get("/api/v1/community/C01/wishes?size=200")
                .body()).get("items")) {
            if (w.get("number").asString().equals(number)) {
                return w;
            }
        }
        throw new AssertionError("wish " + number + " not listed");
    }

    @Test
    void aResidentsWishIsClaimedOnceFulfilledWithProofAndThankedWithItsLookupCode() throws Exception {
        String phone = ActivitiesTests.phone();
        WebSession resident = WebSession.anonymous(port);
        assertThat(resident.get("/public/community/C01/wishes").body()).contains("public-wish-form");
        String receipt = resident.post("/public/community/C01/wishes", Map.of("title", "想学用智能手机挂号",
                "story", "子女在外地", "name", "冯奶奶", "phone", phone)).body();
        String number = between(receipt, "wish-number");
        String code = between(receipt, "wish-code");
        String id = wish(number).get("id").asString();
        approve(id);
        String wall = WebSession.anonymous(port).get("/public/community/C01/wishes?status=POSTED").body();
        assertThat(wall).contains("想学用智能手机挂号").contains("冯**").doesNotContain(phone);

        WebSession volunteer = WebSession.anonymous(port);
        volunteer.get("/public/community/C01/wishes");
        assertThat(volunteer.post("/public/community/wishes/" + id + "/claim", Map.of("name", "大学生小陈",
                "phone", ActivitiesTests.phone())).body()).contains("wish-claimed");
        assertThat(volunteer.post("/public/community/wishes/" + id + "/claim", Map.of("name", "另一人",
                "phone", ActivitiesTests.phone())).statusCode()).isEqualTo(422);

        HttpResponse<String> noProof = WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id
                + "/fulfil", "{\"proof\":\" \"}");
        assertThat(noProof.statusCode()).isEqualTo(422);
        assertThat(json.readTree(noProof.body()).get("field").asString()).isEqualTo("proof");
        assertThat(WebSession.api(port, "auditor").postJson("/api/v1/community/wishes/" + id + "/fulfil",
                "{\"proof\":\"x\"}").statusCode()).isEqualTo(403);
        JsonNode fulfilled = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id
                + "/fulfil", "{\"proof\":\"小陈上门教了两次，已能自己在手机上挂号\"}").body());
        assertThat(fulfilled.get("status").asString()).isEqualTo("FULFILLED");

        WebSession back = WebSession.anonymous(port);
        assertThat(back.get("/public/community/wishes/track?number=" + number + "&code=WRONGCODE").statusCode())
                .isEqualTo(404);
        assertThat(back.get("/public/community/wishes/track?number=" + number + "&code=" + code).body())
                .contains("thanks-form").contains("小陈上门教了两次");
        String thanked = back.post("/public/community/wishes/thanks", Map.of("number", number, "code", code,
                "thanks", "谢谢小陈，谢谢社区")).body();
        assertThat(between(thanked, "wish-status")).isEqualTo("已致谢");

        JsonNode seen = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/wishes/" + id).body());
        assertThat(seen.get("status").asString()).isEqualTo("THANKED");
        assertThat(seen.get("residentPhone").asString()).contains("****").isNotEqualTo(phone);
        assertThat(seen.get("thanks").asString()).isEqualTo("谢谢小陈，谢谢社区");
    }

    void approve(String id) throws Exception {
        JsonNode w = json.readTree(WebSession.api(port, "grid").get("/api/v1/community/wishes/" + id).body());
        HttpResponse<String> r = WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id
                + "/moderation", "{\"decision\":\"approve\",\"version\":" + w.get("version").asLong() + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aResidentsWishShowsPubliclyOnlyOnceApprovedWithPhoneNumbersInItsTextMasked() throws Exception {
        String phone = ActivitiesTests.phone();
        String title = "想请人陪我去医院" + System.nanoTime() % 100_000;
        WebSession resident = WebSession.anonymous(port);
        resident.get("/public/community/C01/wishes");
        String receipt = resident.post("/public/community/C01/wishes", Map.of("title", title,
                "story", "有空请打我电话 " + phone + " 或家里 0575-83001234", "name", "褚奶奶", "phone", phone)).body();
        String number = between(receipt, "wish-number");
        JsonNode pending = wish(number);
        String id = pending.get("id").asString();
        assertThat(pending.get("moderation").asString()).isEqualTo("PENDING");
        assertThat(WebSession.anonymous(port).get("/public/community/C01/wishes").body()).doesNotContain(title);
        WebSession volunteer = WebSession.anonymous(port);
        volunteer.get("/public/community/C01/wishes");
        assertThat(volunteer.post("/public/community/wishes/" + id + "/claim", Map.of("name", "小吴",
                "phone", ActivitiesTests.phone())).statusCode()).as("a pending wish cannot be claimed").isEqualTo(404);
        assertThat(WebSession.api(port, "auditor").postJson("/api/v1/community/wishes/" + id + "/moderation",
                "{\"decision\":\"approve\"}").statusCode()).isEqualTo(403);
        assertThat(WebSession.browser(port, "grid").get("/community/C01/wishes?moderation=PENDING").body())
                .contains(title).contains("wishes-pending");

        WebSession grid = WebSession.browser(port, "grid");
        assertThat(grid.get("/community/wishes/" + id).body()).contains("moderation-form").contains(phone)
                .doesNotContain("claim-form");
        assertThat(grid.post("/community/wishes/" + id + "/moderation", Map.of("decision", "maybe",
                "version", "0")).statusCode()).isEqualTo(422);
        grid.get("/community/wishes/" + id);
        assertThat(grid.post("/community/wishes/" + id + "/moderation", Map.of("decision", "approve",
                "version", "0")).statusCode()).isEqualTo(302);
        String wall = WebSession.anonymous(port).get("/public/community/C01/wishes").body();
        assertThat(wall).contains(title).doesNotContain(phone).contains(phone.substring(0, 3) + "****"
                + phone.substring(7)).doesNotContain("83001234").contains("0575-****1234");
        assertThat(json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/wishes/" + id).body())
                .get("story").asString()).doesNotContain(phone);
        grid.get("/community/wishes/" + id);
        assertThat(grid.post("/community/wishes/" + id + "/moderation", Map.of("decision", "reject",
                "version", "1")).statusCode()).as("decided once").isEqualTo(422);
    }

    @Test
    void aWishsCompletionProofMayCarryAPhotoCheckedBySizeAndType() throws Exception {
        JsonNode posted = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/wishes",
                "{\"title\":\"换个灯泡\",\"name\":\"严大爷\",\"phone\":\"" + ActivitiesTests.phone() + "\"}").body());
        String id = posted.get("wish").get("id").asString();
        assertThat(posted.get("wish").get("moderation").asString()).as("staff-posted wishes are public at once")
                .isEqualTo("APPROVED");
        WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id + "/claim",
                "{\"name\":\"志愿者小许\",\"phone\":\"" + ActivitiesTests.phone() + "\",\"version\":0}");
        WebSession grid = WebSession.browser(port, "grid");
        assertThat(grid.get("/community/wishes/" + id).body()).contains("fulfil-form").contains("name=\"photo\"");
        HttpResponse<String> text = grid.multipart("/community/wishes/" + id + "/fulfil", Map.of("proof", "已换好",
                "version", "1"), "photo", "proof.png", "not an image".getBytes());
        assertThat(text.statusCode()).isEqualTo(422);
        assertThat(text.body()).contains("JPEG");
        grid.get("/community/wishes/" + id);
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThat(grid.multipart("/community/wishes/" + id + "/fulfil", Map.of("proof", "已换好", "version", "1"),
                "photo", "big.png", huge).statusCode()).isEqualTo(422);
        grid.get("/community/wishes/" + id);
        HttpResponse<String> done = grid.multipart("/community/wishes/" + id + "/fulfil", Map.of("proof",
                "已换好，老人很满意", "version", "1"), "photo", "proof.png", PNG);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        JsonNode fulfilled = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/wishes/" + id)
                .body());
        assertThat(fulfilled.get("status").asString()).isEqualTo("FULFILLED");
        String photo = fulfilled.get("proofPhotoId").asString();
        HttpResponse<byte[]> image = WebSession.browser(port, "auditor").getBytes("/community/wishes/" + id
                + "/photos/" + photo);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(WebSession.browser(port, "officer").getBytes("/community/wishes/" + id + "/photos/" + photo)
                .statusCode()).as("the officer's town T01 covers C01").isEqualTo(200);
        assertThat(WebSession.browser(port, "handler").getBytes("/community/wishes/" + id + "/photos/" + photo)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theApiTakesACompletionProofWithAPhotoCheckedByItsBytesAndRefusesBadPartsNamingTheField() throws Exception {
        JsonNode posted = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/wishes",
                "{\"title\":\"修好轮椅\",\"name\":\"郑奶奶\",\"phone\":\"" + ActivitiesTests.phone() + "\"}").body());
        String id = posted.get("wish").get("id").asString();
        WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id + "/claim",
                "{\"name\":\"志愿者小周\",\"phone\":\"" + ActivitiesTests.phone() + "\",\"version\":0}");
        String path = "/api/v1/community/wishes/" + id + "/fulfil";
        WebSession grid = WebSession.api(port, "grid");

        HttpResponse<String> notImage = grid.multipart(path, Map.of("proof", "已修好", "version", "1"), "photo",
                "proof.png", "not an image".getBytes());
        assertThat(notImage.statusCode()).isEqualTo(422);
        assertThat(json.readTree(notImage.body()).get("field").asString()).isEqualTo("photo");
        HttpResponse<String> noPhoto = grid.multipart(path, Map.of("proof", "已修好", "version", "1"), "file",
                "proof.png", PNG);
        assertThat(noPhoto.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noPhoto.body()).get("field").asString()).isEqualTo("photo");
        HttpResponse<String> badVersion = grid.multipart(path, Map.of("proof", "已修好", "version", "一"), "photo",
                "proof.png", PNG);
        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badVersion.body()).get("field").asString()).isEqualTo("version");
        HttpResponse<String> noProof = grid.multipart(path, Map.of("version", "1"), "photo", "proof.png", PNG);
        assertThat(noProof.statusCode()).isEqualTo(422);
        assertThat(json.readTree(noProof.body()).get("field").asString()).isEqualTo("proof");
        assertThat(WebSession.api(port, "auditor").multipart(path, Map.of("proof", "已修好", "version", "1"), "photo",
                "proof.png", PNG).statusCode()).isEqualTo(403);
        JsonNode unchanged = json.readTree(grid.get("/api/v1/community/wishes/" + id).body());
        assertThat(unchanged.get("status").asString()).isEqualTo("CLAIMED");
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM community_wish_photo WHERE wish_id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isZero();

        HttpResponse<String> done = grid.multipart(path, Map.of("proof", "轮椅刹车已修好", "version", "1"), "photo",
                "proof.png", PNG);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode fulfilled = json.readTree(done.body());
        assertThat(fulfilled.get("status").asString()).isEqualTo("FULFILLED");
        String photo = fulfilled.get("proofPhotoId").asString();
        HttpResponse<byte[]> image = WebSession.api(port, "auditor").getBytes("/api/v1/community/wishes/" + id
                + "/photos/" + photo);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(WebSession.api(port, "handler").getBytes("/api/v1/community/wishes/" + id + "/photos/" + photo)
                .statusCode()).isEqualTo(403);
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    @Test
    void staffClaimForAPartnerOfTheCommunityOnlyAndNeverOverAnotherEdit() throws Exception {
        JsonNode posted = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/wishes",
                "{\"title\":\"楼道装个扶手\",\"name\":\"陶大爷\",\"phone\":\"" + ActivitiesTests.phone() + "\"}").body());
        String id = posted.get("wish").get("id").asString();
        assertThat(posted.get("lookupCode").asString()).hasSize(8);
        JsonNode c02 = json.readTree(WebSession.api(port, "officer").get("/api/v1/community/C02/wishes").body());
        assertThat(c02.get("items").toString()).doesNotContain("楼道装个扶手");
        String foreignPartner = json.readTree(WebSession.api(port, "admin").get("/api/v1/community/C02/partners").body())
                .get(0).get("id").asString();
        HttpResponse<String> outside = WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id
                + "/claim", "{\"partnerId\":\"" + foreignPartner + "\"}");
        assertThat(json.readTree(outside.body()).get("field").asString()).isEqualTo("partnerId");
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id + "/claim",
                "{\"name\":\"志愿者\",\"phone\":\"123\"}").statusCode()).isEqualTo(422);
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id + "/claim",
                "{\"name\":\"志愿者\",\"phone\":\"" + ActivitiesTests.phone() + "\",\"version\":7}").statusCode())
                .isEqualTo(409);
        String partner = json.readTree(WebSession.api(port, "grid").get("/api/v1/community/C01/partners").body())
                .get(0).get("id").asString();
        JsonNode claimed = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/wishes/" + id
                + "/claim", "{\"partnerId\":\"" + partner + "\",\"version\":0}").body());
        assertThat(claimed.get("claimerKind").asString()).isEqualTo("PARTNER");
        assertThat(WebSession.api(port, "officer").postJson("/api/v1/community/C03/wishes",
                "{\"title\":\"x\",\"name\":\"y\",\"phone\":\"13912345678\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aDriveCountsDonationsPerItemAgainstItsTargetAndTakesNoneOnceClosed() throws Exception {
        HttpResponse<String> bad = WebSession.api(port, "grid").postJson("/api/v1/community/C01/drives",
                "{\"title\":\"助学\",\"purpose\":\"为困难学生募集文具\",\"items\":\"书包 十个\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json.readTree(bad.body()).get("field").asString()).isEqualTo("items");
        JsonNode drive = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/drives",
                "{\"title\":\"助学\",\"purpose\":\"为困难学生募集文具\",\"items\":\"书包 个 10\\n文具盒 个 20\"}").body());
        String id = drive.get("id").asString();
        String bag = drive.get("items").get(0).get("id").asString();
        String donor = ActivitiesTests.phone();
        HttpResponse<String> zero = WebSession.api(port, "grid").postJson("/api/v1/community/drives/" + id
                + "/donations", "{\"itemId\":\"" + bag + "\",\"quantity\":0}");
        assertThat(json.readTree(zero.body()).get("field").asString()).isEqualTo("quantity");
        WebSession.api(port, "grid").postJson("/api/v1/community/drives/" + id + "/donations",
                "{\"itemId\":\"" + bag + "\",\"quantity\":4,\"donorName\":\"蒋先生\",\"donorPhone\":\"" + donor + "\"}");
        JsonNode after = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/drives/" + id
                + "/donations", "{\"itemId\":\"" + bag + "\",\"quantity\":3}").body());
        assertThat(after.get("items").get(0).get("received").asLong()).isEqualTo(7);
        assertThat(after.get("items").get(1).get("received").asLong()).isZero();

        JsonNode audited = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/drives/" + id).body());
        assertThat(audited.get("total").asLong()).isEqualTo(2);
        assertThat(audited.get("donations").toString()).doesNotContain(donor).contains(donor.substring(7));

        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/drives/" + id + "/close", "{}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> late = WebSession.api(port, "grid").postJson("/api/v1/community/drives/" + id
                + "/donations", "{\"itemId\":\"" + bag + "\",\"quantity\":1}");
        assertThat(json.readTree(late.body()).get("field").asString()).isEqualTo("drive");

        WebSession grid = WebSession.browser(port, "grid");
        assertThat(grid.get("/community/drives/" + id).body()).contains("7 / 10 个").contains("width:70%")
                .doesNotContain("donation-form");
        assertThat(grid.get("/community/C01/drives?status=OPEN").body()).contains("冬衣暖心募捐").contains("drive-form");
        assertThat(grid.get("/community/C01/wishes").body()).contains("wish-form").contains("需要一把轮椅");
    }
}
