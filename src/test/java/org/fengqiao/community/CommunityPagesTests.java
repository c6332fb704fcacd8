package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff pages render for the roles that use them, and their forms work with CSRF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGridWorkerSeesTheCommunityPagesAndRecordsAMediationSessionThroughThem() throws Exception {
        WebSession grid = WebSession.browser(port, "grid");
        assertThat(grid.get("/community").body()).contains("绿荫苑社区").doesNotContain("新桥社区");
        HttpResponse<String> community = grid.get("/community/C01");
        assertThat(community.statusCode()).isEqualTo(200);
        assertThat(community.body()).contains("王秀英").contains("枫溪地铁建设公司").contains("propose-steward");
        assertThat(grid.get("/community/C01/needs/paste").body()).contains("paste-form");
        assertThat(grid.get("/public/community/C01/poster").body()).contains("/public/community/C01/qr.png");

        // the demo's three mediations: one open, one agreed, one referred to the court
        assertThat(grid.get("/community/C01/mediations").body()).contains("mediation-form").contains("楼上装修")
                .contains("地下车位").contains("讨要 6000 元工钱");
        HttpResponse<String> opened = grid.post("/community/C01/mediations", Map.of("type", "PROPERTY",
                "summary", "物业费争议", "applicants", "业主 黄先生 13912340021", "respondents", "绿荫苑物业 13912340022",
                "mediators", "王秀英"));
        assertThat(opened.statusCode()).isEqualTo(302);
        String location = opened.headers().firstValue("Location").orElseThrow();
        String page = grid.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains("物业费争议").contains("session-form").contains("13912340021");
        grid.post(location.replaceFirst("^https?://[^/]+", "") + "/sessions", Map.of("note", "双方各让一步"));
        assertThat(grid.get(location.replaceFirst("^https?://[^/]+", "")).body()).contains("双方各让一步");
        assertThat(grid.get("/community/C01/mediations").body()).contains("王秀英");
    }

    @Test
    void anAuditorReadsWithoutFormsAndAResidentAccountIsRefused() throws Exception {
        WebSession auditor = WebSession.browser(port, "auditor");
        String page = auditor.get("/community/C01").body();
        assertThat(page).contains("王秀英").doesNotContain("propose-steward").doesNotContain("13700001001");
        assertThat(WebSession.browser(port, "enterprise").get("/community/C01").statusCode()).isEqualTo(403);
    }
}
