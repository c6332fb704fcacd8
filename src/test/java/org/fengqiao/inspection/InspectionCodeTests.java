package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 亮码检查: a signed code per published visit, verified once on the firm's phone, then rated. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionCodeTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JointPlans plans;
    @Autowired
    Units units;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    InspectionCodes codes;
    @Autowired
    CodeKeys keys;
    @Autowired
    InspectionSettings settings;

    @Test
    void codesSignedBeforeARestartStillVerifyWithTheStoredKey() {
        PlannedInspection visit = publishedVisit();
        String token = codes.issue(visit);
        InspectionCodes afterRestart = new InspectionCodes(settings, keys);
        assertThat(afterRestart.verify(token, Instant.now()).visitId()).isEqualTo(visit.id());
        assertThat(afterRestart.publicKey()).isEqualTo(codes.publicKey());
    }

    @Test
    void afterRotationNewCodesUseTheNewKeyAndOldCodesStillVerify() {
        PlannedInspection visit = publishedVisit();
        String before = codes.issue(visit);
        String oldKey = codes.publicKey();
        String newKey = codes.rotate("admin");
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(codes.publicKey()).isEqualTo(newKey);
        assertThat(codes.publicKeys()).startsWith(newKey).contains(oldKey);
        String after = codes.issue(visit);
        InspectionCodes elsewhere = new InspectionCodes(settings, keys);
        assertThat(elsewhere.verify(before, Instant.now()).visitId()).isEqualTo(visit.id());
        assertThat(elsewhere.verify(after, Instant.now()).visitId()).isEqualTo(visit.id());
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_code_key WHERE retired_at IS NULL").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void tamperedOrExpiredTokensAreRefusedWithTheirReason() throws Exception {
        PlannedInspection visit = publishedVisit();
        String token = codes.issue(visit);
        assertThat(codes.verify(token, Instant.now()).visitId()).isEqualTo(visit.id());
        String[] parts = token.split("\\.");
        String otherPayload = codes.issue(publishedVisit()).split("\\.")[0];
        assertThatThrownBy(() -> codes.verify(otherPayload + "." + parts[1], Instant.now()))
                .isInstanceOf(InvalidInput.class).hasMessage("inspection.code.forged");
        assertThatThrownBy(() -> codes.verify("garbage", Instant.now())).hasMessage("inspection.code.forged");
        assertThatThrownBy(() -> codes.verify(token, Instant.now().plus(Duration.ofDays(30))))
                .hasMessage("inspection.code.expired");
        java.security.KeyPair pair = CodeKeys.generate();
        InspectionCodes otherKey = new InspectionCodes(new InspectionSettings(6, 480, 30, Duration.ofSeconds(5),
                Duration.ofHours(36), java.util.Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                java.util.Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), 100000, 15, 4, ""), keys);
        assertThatThrownBy(() -> otherKey.verify(token, Instant.now())).hasMessage("inspection.code.forged");
    }

    @Test
    void firmScansTheCodeOnceRatesTheInspectionAndAReplayIsRefused() throws Exception {
        PlannedInspection visit = publishedVisit();
        WebSession handler = WebSession.browser(port, "handler");
        HttpResponse<byte[]> png = handler.getBytes("/inspection/visits/" + visit.id() + "/code.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String url = png.headers().firstValue("X-Inspection-Code").orElseThrow();
        assertThat(WebSession.browser(port, "officer").getBytes("/inspection/visits/" + visit.id() + "/code.png")
                .statusCode()).isEqualTo(403);

        WebSession phone = WebSession.anonymous(port);
        String page = phone.get(url).body();
        assertThat(page).contains("检查码真实有效", "区市场监督管理局");
        assertThat(jdbc.sql("SELECT scanned_at IS NOT NULL FROM planned_inspection WHERE id = ?").param(visit.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(phone.post(url + "/rating", Map.of("stars", "9")).statusCode()).isEqualTo(422);
        assertThat(phone.post(url + "/rating", Map.of("stars", "5", "complaint", "检查人员态度很好")).body())
                .contains("感谢您的评价");
        assertThat(phone.post(url + "/rating", Map.of("stars", "1")).body()).contains("已评价过");
        HttpResponse<String> replay = WebSession.anonymous(port).get(url);
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(replay.body()).contains("已被出示过一次");
        HttpResponse<String> forged = WebSession.anonymous(port).get(url.substring(0, url.length() - 4) + "AAAA");
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(forged.body()).contains("签名无效").doesNotContain("Exception");
    }

    private PlannedInspection publishedVisit() {
        UUID town = jurisdictions.findByCode("T01").orElseThrow().id();
        UUID firm = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/T01/%' ORDER BY random() "
                + "LIMIT 1").query(UUID.class).single();
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID demand = UUID.randomUUID();
        LocalDate day = LocalDate.now().plusDays(1);
        jdbc.sql("INSERT INTO inspection_demand (id, enterprise_id, unit_id, earliest, latest, minutes, kind, created_by)"
                + " VALUES (?, ?, ?, ?, ?, 60, 'ROUTINE', 'test')").params(demand, firm, market, day, day).update();
        // a week of its own, far ahead, so that the one-published-plan-per-town-and-week rule is not touched
        LocalDate week = LocalDate.of(2040, 1, 2).plusWeeks(new java.util.Random().nextInt(5000));
        UUID planId = plans.insert(town, "/D01/T01/", week, "test", "test");
        plans.addVisit(planId, firm, day, List.of(market), List.of(demand));
        jdbc.sql("UPDATE inspection_plan SET status = 'PUBLISHED' WHERE id = ?").param(planId).update();
        return plans.visits(planId).get(0);
    }
}
