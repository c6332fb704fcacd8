package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Activities: sign-up within capacity, one QR check-in per person, hours approved by the organiser into the ledger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivitiesTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String at(int minutesFromNow) {
        return LOCAL.format(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(minutesFromNow));
    }

    JsonNode plan(String community, int capacity, String startsAt, String endsAt) throws Exception {
        HttpResponse<String> r = WebSession.api(port, "grid").postJson("/api/v1/community/" + community
                + "/activities", "{\"title\":\"楼道清理\",\"place\":\"3 号楼\",\"startsAt\":\"" + startsAt
                + "\",\"endsAt\":\"" + endsAt + "\",\"capacity\":" + capacity + ",\"hours\":\"2\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    @Test
    void residentsSignUpWithinCapacityCheckInOnceByQrAndOnlyTheOrganiserApprovesTheirHours() throws Exception {
        JsonNode a = plan("C01", 2, at(-10), at(120));
        String id = a.get("id").asString();
        String token = a.get("checkInToken").asString();
        String signed = phone();
        String walkIn = phone();

        WebSession resident = WebSession.anonymous(port);
        assertThat(resident.get("/public/community/activities/" + id).body()).contains("public-signup-form");
        assertThat(resident.post("/public/community/activities/" + id + "/signups",
                Map.of("name", "黄先生", "phone", signed)).body()).contains("activity-done");
        HttpResponse<String> again = resident.post("/public/community/activities/" + id + "/signups",
                Map.of("name", "黄先生", "phone", signed));
        assertThat(again.statusCode()).isEqualTo(422);

        WebSession phoneAtDoor = WebSession.anonymous(port);
        assertThat(phoneAtDoor.get("/public/community/activities/" + id + "/check-in?t=wrong").statusCode())
                .isEqualTo(404);
        assertThat(phoneAtDoor.get("/public/community/activities/" + id + "/check-in?t=" + token).body())
                .contains("check-in-form");
        assertThat(phoneAtDoor.post("/public/community/activities/" + id + "/check-in", Map.of("t", "wrong",
                "phone", signed)).statusCode()).isEqualTo(404);
        assertThat(phoneAtDoor.post("/public/community/activities/" + id + "/check-in", Map.of("t", token,
                "phone", signed)).body()).contains("已签到");
        assertThat(phoneAtDoor.post("/public/community/activities/" + id + "/check-in", Map.of("t", token,
                "phone", signed)).statusCode()).isEqualTo(422);
        assertThat(phoneAtDoor.post("/public/community/activities/" + id + "/check-in", Map.of("t", token,
                "phone", walkIn, "name", "路过的李阿姨")).statusCode()).isEqualTo(200);
        HttpResponse<String> full = WebSession.api(port, "grid").postJson("/api/v1/community/activities/" + id
                + "/check-ins", "{\"name\":\"第三人\",\"phone\":\"" + phone() + "\"}");
        assertThat(full.statusCode()).isEqualTo(422);
        assertThat(json.readTree(full.body()).get("field").asString()).isEqualTo("activity");

        JsonNode signUps = json.readTree(WebSession.api(port, "grid").get("/api/v1/community/activities/" + id)
                .body()).get("signUps");
        assertThat(signUps.size()).isEqualTo(2);
        String first = signUps.get(0).get("id").asString();
        String second = signUps.get(1).get("id").asString();
        assertThat(WebSession.api(port, "auditor").postJson("/api/v1/community/activity-signups/" + first + "/hours",
                "{}").statusCode()).isEqualTo(403);
        assertThat(WebSession.api(port, "officer").postJson("/api/v1/community/activity-signups/" + first + "/hours",
                "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> tooLong = WebSession.api(port, "grid").postJson("/api/v1/community/activity-signups/"
                + second + "/hours", "{\"hours\":\"9\"}");
        assertThat(json.readTree(tooLong.body()).get("field").asString()).isEqualTo("hours");
        JsonNode ok = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/activity-signups/"
                + first + "/hours", "{}").body());
        assertThat(ok.get("hours").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(WebSession.api(port, "grid").postJson("/api/v1/community/activity-signups/" + second + "/hours",
                "{\"hours\":\"1.5\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> twice = WebSession.api(port, "grid").postJson("/api/v1/community/activity-signups/"
                + first + "/hours", "{}");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(json.readTree(twice.body()).get("field").asString()).isEqualTo("signUpId");

        JsonNode ledger = json.readTree(WebSession.api(port, "grid").get("/api/v1/community/C01/volunteer-hours?q="
                + signed).body());
        assertThat(ledger.get("items").get(0).get("phone").asString()).isEqualTo(signed);
        assertThat(ledger.get("items").get(0).get("hours").decimalValue()).isEqualByComparingTo("2.0");
        JsonNode masked = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/C01/volunteer-hours?q="
                + walkIn).body());
        assertThat(masked.get("items").size()).isZero();
        JsonNode all = json.readTree(WebSession.api(port, "auditor").get("/api/v1/community/C01/volunteer-hours"
                + "?size=200").body());
        assertThat(all.get("items").toString()).doesNotContain(walkIn).contains(walkIn.substring(7));
        assertThat(all.get("totals").get("hours").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("3.5"));
    }

    @Test
    void aVolunteersHoursAddUpAcrossActivitiesInTheLedgerAndTheCommunityTotal() throws Exception {
        String p = phone();
        java.math.BigDecimal before = json.readTree(WebSession.api(port, "grid")
                .get("/api/v1/community/C01/volunteer-hours").body()).get("totals").get("hours").decimalValue();
        for (int i = 0; i < 2; i++) {
            String id = plan("C01", 5, at(-30), at(90)).get("id").asString();
            String s = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/activities/" + id
                    + "/check-ins", "{\"name\":\"孙志愿\",\"phone\":\"" + p + "\"}").body()).get("id").asString();
            WebSession.api(port, "grid").postJson("/api/v1/community/activity-signups/" + s + "/hours", "{}");
        }
        JsonNode ledger = json.readTree(WebSession.api(port, "grid").get("/api/v1/community/C01/volunteer-hours?q="
                + p).body());
        assertThat(ledger.get("total").asLong()).isEqualTo(1);
        assertThat(ledger.get("items").get(0).get("activities").asLong()).isEqualTo(2);
        assertThat(ledger.get("items").get(0).get("hours").decimalValue()).isEqualByComparingTo("4.0");
        java.math.BigDecimal after = json.readTree(WebSession.api(port, "grid")
                .get("/api/v1/community/C01/volunteer-hours").body()).get("totals").get("hours").decimalValue();
        assertThat(after.subtract(before)).isGreaterThanOrEqualTo(new java.math.BigDecimal("4.0"));
    }

    @Test
    void concurrentSignUpsNeverTakeMorePlacesThanTheActivityHas() throws Exception {
        String id = plan("C01", 5, at(60), at(120)).get("id").asString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String body = "{\"name\":\"并发" + i + "\",\"phone\":\"" + phone() + "\"}";
                answers.add(pool.submit(() -> WebSession.api(port, "grid").postJson("/api/v1/community/activities/"
                        + id + "/signups", body).statusCode()));
            }
            int created = 0;
            int refused = 0;
            for (var a : answers) {
                int status = a.get();
                created += status == 201 ? 1 : 0;
                refused += status == 422 ? 1 : 0;
            }
            assertThat(created).isEqualTo(5);
            assertThat(refused).isEqualTo(11);
        } finally {
            pool.shutdown();
        }
        assertThat(json.readTree(WebSession.api(port, "grid").get("/api/v1/community/activities/" + id).body())
                .get("signUps").size()).isEqualTo(5);
    }

    @Test
    void badActivityInputIsRefusedNamingTheField() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"title\":\"t\",\"place\":\"p\",\"startsAt\":\"明天\",\"endsAt\":\"" + at(60)
                        + "\",\"capacity\":3,\"hours\":\"1\"}", "startsAt",
                "{\"title\":\"t\",\"place\":\"p\",\"startsAt\":\"" + at(60) + "\",\"endsAt\":\"" + at(30)
                        + "\",\"capacity\":3,\"hours\":\"1\"}", "endsAt",
                "{\"title\":\"t\",\"place\":\"p\",\"startsAt\":\"" + at(60) + "\",\"endsAt\":\"" + at(90)
                        + "\",\"capacity\":0,\"hours\":\"1\"}", "capacity",
                "{\"title\":\"t\",\"place\":\"p\",\"startsAt\":\"" + at(60) + "\",\"endsAt\":\"" + at(90)
                        + "\",\"capacity\":3,\"hours\":\"两小时\"}", "hours",
                "{\"place\":\"p\",\"startsAt\":\"" + at(60) + "\",\"endsAt\":\"" + at(90)
                        + "\",\"capacity\":3,\"hours\":\"1\"}", "title");
        for (var c : cases.entrySet()) {
            HttpResponse<String> r = WebSession.api(port, "grid").postJson("/api/v1/community/C01/activities",
                    c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(422);
            assertThat(json.readTree(r.body()).get("field").asString()).isEqualTo(c.getValue());
        }
        String later = plan("C01", 3, at(600), at(700)).get("id").asString();
        HttpResponse<String> early = WebSession.api(port, "grid").postJson("/api/v1/community/activities/" + later
                + "/check-ins", "{\"name\":\"早到\",\"phone\":\"" + phone() + "\"}");
        assertThat(json.readTree(early.body()).get("field").asString()).isEqualTo("activity");
        assertThat(WebSession.api(port, "officer").postJson("/api/v1/community/C03/activities",
                "{}").statusCode()).as("the officer's town is T01, C03 lies in T02").isEqualTo(403);
    }

    @Test
    void staffPagesListPlanAndShowTheCheckInCodeOnlyToThoseWhoRunTheCommunity() throws Exception {
        WebSession grid = WebSession.browser(port, "grid");
        assertThat(grid.get("/community/C01/activities?when=all").body()).contains("activity-form")
                .contains("楼道杂物清理志愿服务");
        HttpResponse<String> planned = grid.post("/community/C01/activities", Map.of("title", "重阳节敬老活动",
                "place", "社区食堂", "startsAt", at(60 * 24), "endsAt", at(60 * 24 + 120), "capacity", "10",
                "hours", "2"));
        assertThat(planned.statusCode()).isEqualTo(302);
        String page = planned.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(grid.get(page).body()).contains("重阳节敬老活动").contains("check-in-link").contains("signup-form");
        assertThat(grid.getBytes(page + "/qr.png").statusCode()).isEqualTo(200);
        assertThat(grid.post("/community/C01/activities", Map.of("title", "x", "place", "y", "startsAt", "2026-13-01",
                "endsAt", at(10), "capacity", "1", "hours", "1")).statusCode()).isEqualTo(422);
        assertThat(grid.get("/community/C01/activities?when=someday").statusCode()).isEqualTo(422);
        assertThat(grid.get("/community/C01/volunteers?sort=hours").body()).contains("community-totals")
                .contains("王秀英");

        WebSession auditor = WebSession.browser(port, "auditor");
        String seen = auditor.get(page).body();
        assertThat(seen).contains("重阳节敬老活动").doesNotContain("check-in-link").doesNotContain("signup-form");
        assertThat(auditor.getBytes(page + "/qr.png").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/community/C01/volunteers").body()).contains("王**").doesNotContain("13700001001");
        assertThat(WebSession.browser(port, "enterprise").get("/community/C01/activities").statusCode())
                .isEqualTo(403);
        assertThat(WebSession.anonymous(port).get("/public/community/C01/activities").body())
                .contains("重阳节敬老活动");
    }
}
