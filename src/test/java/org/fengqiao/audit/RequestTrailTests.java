package org.fengqiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 操作日志: changes and exports made over HTTP are in the hash-chained trail, refused requests are not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestTrailTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    record Row(String actor, String action, String subjectType, String subjectId, String detail) {
    }

    @Test
    void aChangeAndAnExportAreRecordedWithWhoWhereAndWhatAndARefusalIsNot() throws Exception {
        long start = last();
        WebSession dispatcher = WebSession.api(port, "dispatcher");
        HttpResponse<String> filed = dispatcher.postJson("/api/v1/cases", """
                {"title":"楼道堆物","description":"三楼楼道堆放杂物，影响通行。","category":"URBAN_CONSTRUCTION",
                 "channel":"PHONE","reporter":{"name":"赵六","phone":"13912345678"},"jurisdiction":"C01"}""");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String id = filed.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> accepted = dispatcher.postJson("/api/v1/cases/" + id + "/accept", "{\"version\":0}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        HttpResponse<String> stale = dispatcher.postJson("/api/v1/cases/" + id + "/accept", "{\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> refused = WebSession.api(port, "auditor").postJson("/api/v1/cases", "{}");
        assertThat(refused.statusCode()).isBetween(400, 499);
        HttpResponse<byte[]> csv = WebSession.api(port, "head").getBytes("/api/v1/insight/cases.csv?j=D01");
        assertThat(csv.statusCode()).isEqualTo(200);

        List<Row> rows = jdbc.sql("SELECT actor, action, subject_type, subject_id, detail FROM audit_entry "
                + "WHERE seq > ? AND action IN ('http.post', 'export') ORDER BY seq").param(start)
                .query(Row.class).list();
        assertThat(rows).filteredOn(r -> r.actor().equals("dispatcher")).extracting(Row::detail)
                .anySatisfy(d -> assertThat(d).startsWith("POST /api/v1/cases → 201"))
                .anySatisfy(d -> assertThat(d).startsWith("POST /api/v1/cases/{id}/{action} → 200")
                        .doesNotContain("13912345678"));
        assertThat(rows).filteredOn(r -> r.detail().startsWith("POST /api/v1/cases/{id}/{action}"))
                .singleElement().satisfies(r -> {
                    assertThat(r.subjectType()).isEqualTo("casework");
                    assertThat(r.subjectId()).contains("id=" + id);
                });
        assertThat(rows).as("the 409 and the refusal wrote nothing").filteredOn(r -> r.actor().equals("auditor")
                || r.detail().contains("→ 409")).isEmpty();
        assertThat(rows).filteredOn(r -> r.action().equals("export")).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("head");
            assertThat(r.subjectType()).isEqualTo("insight");
            assertThat(r.detail()).startsWith("GET /api/v1/insight/cases.csv → 200");
        });
        assertThat(trail.firstBroken()).isEmpty();

        String page = WebSession.browser(port, "auditor").get("/audit?q=dispatcher").body();
        assertThat(page).contains("提交").contains("事项办理").doesNotContain(">http.post<");
        assertThat(WebSession.browser(port, "auditor").get("/audit?q=head").body()).contains("导出下载");
    }

    private long last() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_entry").query(Long.class).single();
    }
}
