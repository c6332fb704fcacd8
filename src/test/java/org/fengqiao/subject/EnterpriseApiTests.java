package org.fengqiao.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The enterprise API over HTTP: who sees what, masking, and refusals as problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EnterpriseImports imports;
    @Autowired
    org.fengqiao.org.People people;

    @Test
    void demoDataHolds200EnterprisesWithValidCodesInsideTheDemoArea() throws Exception {
        JsonNode page = body(WebSession.api(port, "admin").get("/api/v1/enterprises?size=200&q=91330499"));
        assertThat(page.get("total").asLong()).isEqualTo(SubjectDemoData.COUNT);
        for (JsonNode e : page.get("items")) {
            assertThat(new CreditCode(e.get("creditCode").asString()).value()).startsWith("91330499");
            assertThat(e.get("latitude").asDouble()).isBetween(30.70, 30.80);
            assertThat(e.get("longitude").asDouble()).isBetween(120.70, 120.80);
            assertThat(e.get("jurisdictionPath").asString()).startsWith("/D01/T0");
        }
    }

    @Test
    void officerSeesOnlyEnterprisesOfHisTownAndGets404ForOneInTheOtherTown() throws Exception {
        WebSession officer = WebSession.api(port, "officer");
        JsonNode mine = body(officer.get("/api/v1/enterprises?size=200"));
        assertThat(mine.get("total").asLong()).isPositive();
        mine.get("items").forEach(e -> assertThat(e.get("jurisdictionPath").asString()).startsWith("/D01/T01/"));

        JsonNode west = body(WebSession.api(port, "admin").get("/api/v1/enterprises?jurisdiction=T02&size=1"))
                .get("items").get(0);
        HttpResponse<String> r = officer.get("/api/v1/enterprises/" + west.get("id").asString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(body(officer.get("/api/v1/enterprises?jurisdiction=T02")).get("total").asLong()).isZero();
    }

    @Test
    void auditorSeesContactPhonesMaskedWhileAdminSeesThemInFull() throws Exception {
        JsonNode full = body(WebSession.api(port, "admin").get("/api/v1/enterprises?q=东湖周记")).get("items").get(0);
        JsonNode masked = body(WebSession.api(port, "auditor").get("/api/v1/enterprises/" + full.get("id").asString()));
        assertThat(full.get("contactPhone").asString()).isEqualTo("13800000006");
        assertThat(masked.get("contactPhone").asString()).isEqualTo("138****0006");
    }

    @Test
    void enterpriseAccountSeesOnlyTheEnterpriseItRepresents() throws Exception {
        JsonNode page = body(WebSession.api(port, "enterprise").get("/api/v1/enterprises"));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("东湖周记餐饮店");
    }

    @Test
    void filtersByIndustryAndCreditStatusAndPages() throws Exception {
        WebSession admin = WebSession.api(port, "admin");
        JsonNode catering = body(admin.get("/api/v1/enterprises?industry=餐饮&creditStatus=GOOD&size=5&sort=credit_code"));
        assertThat(catering.get("items").size()).isLessThanOrEqualTo(5);
        catering.get("items").forEach(e -> {
            assertThat(e.get("industry").asString()).isEqualTo("CATERING");
            assertThat(e.get("creditStatus").asString()).isEqualTo("GOOD");
        });
        JsonNode second = body(admin.get("/api/v1/enterprises?industry=CATERING&creditStatus=GOOD&size=5&sort=credit_code&page=1"));
        assertThat(second.get("items").get(0).get("creditCode").asString())
                .isGreaterThan(catering.get("items").get(4).get("creditCode").asString());
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() throws Exception {
        WebSession admin = WebSession.api(port, "admin");
        assertProblem(admin.get("/api/v1/enterprises?industry=挖矿"), 422, "industry");
        assertProblem(admin.get("/api/v1/enterprises?jurisdiction=X99"), 422, "jurisdiction");
        assertProblem(admin.get("/api/v1/enterprises?size=100000"), 422, "size");
        assertProblem(admin.get("/api/v1/enterprises?page=abc"), 400, "page");
        assertProblem(admin.get("/api/v1/enterprises/not-a-uuid"), 404, "id");
    }

    @Test
    void importEndpointReturnsCountsAndErrorRows() throws Exception {
        String code = TestCodes.fresh();
        String csv = "企业名称,统一社会信用代码,地址,行业,所属辖区\n辛餐饮," + code + ",东湖路 3 号,餐饮,G01\n坏,1,地址,餐饮,G01\n";
        HttpResponse<String> r = WebSession.api(port, "dispatcher").upload("/api/v1/enterprises/import", "e.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode result = json.readTree(r.body());
        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").asInt()).isEqualTo(1);
        assertThat(result.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(result.get("errors").get(0).get("column").asString()).isEqualTo("统一社会信用代码");
    }

    @Test
    void importEndpointRefusesBadFilesWith4xxNamingTheFileAndNeverA500() throws Exception {
        WebSession admin = WebSession.api(port, "admin");
        assertProblem(admin.upload("/api/v1/enterprises/import", "e.csv", new byte[0]), 422, "file");
        assertProblem(admin.upload("/api/v1/enterprises/import", "e.exe", new byte[] {'M', 'Z', 0, 0}), 422, "file");
        assertProblem(admin.upload("/api/v1/enterprises/import", "e.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}), 422, "file");
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'a');
        HttpResponse<String> big = admin.upload("/api/v1/enterprises/import", "big.csv", tenMegabytes);
        assertThat(big.statusCode()).isBetween(400, 499);
        assertThat(big.body()).doesNotContain("Exception");
    }

    @Test
    void onlyAdministratorsAndDispatchersMayImport() throws Exception {
        HttpResponse<String> r = WebSession.api(port, "officer").upload("/api/v1/enterprises/import", "e.csv",
                "a".getBytes());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesListFilterShowAndEditAnEnterprise() throws Exception {
        WebSession admin = WebSession.browser(port, "admin");
        HttpResponse<String> list = admin.get("/enterprises?q=东湖周记&industry=CATERING&status=GOOD&sort=UPDATED");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("企业名录", "东湖周记餐饮店", "共 1 家企业");
        String id = list.body().replaceAll("(?s).*href=\"/enterprises/([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> detail = admin.get("/enterprises/" + id);
        assertThat(detail.body()).contains("13800000006", "良好");
        assertThat(admin.get("/enterprises/" + id + "/edit").body()).contains("name=\"version\"");

        HttpResponse<String> refused = admin.post("/enterprises/" + id, form("version", "0", "name", "东湖周记餐饮店",
                "creditCode", "123", "address", "绿荫路 18 号", "industry", "CATERING", "jurisdiction", "C01",
                "latitude", "95", "longitude", "120.76", "contactName", "周老板", "contactPhone", "abc",
                "creditStatus", "GOOD"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("统一社会信用代码应为 18 位", "纬度 95 超出范围", "电话号码格式不正确");
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedWith409() throws Exception {
        WebSession admin = WebSession.browser(port, "admin");
        String code = TestCodes.fresh();
        Map<String, String> form = new java.util.HashMap<>(Map.of("name", "壬五金制品有限公司", "creditCode", code,
                "address", "工业园路 9 号", "industry", "MANUFACTURING", "jurisdiction", "G03", "latitude", "30.72",
                "longitude", "120.72", "contactName", "", "contactPhone", "", "creditStatus", "FAIR"));
        admin.get("/enterprises/new");
        HttpResponse<String> created = admin.post("/enterprises", form);
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        admin.get(path + "/edit");
        form.put("version", "0");
        form.put("name", "壬五金");
        assertThat(admin.post(path, form).statusCode()).isEqualTo(302);
        admin.get(path + "/edit");
        HttpResponse<String> stale = admin.post(path, form);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("已被他人修改");
    }

    @Test
    void importPageUploadsAndOffersTheErrorReport() throws Exception {
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        assertThat(dispatcher.get("/enterprises/import").body()).contains("导入企业", "餐饮");
        HttpResponse<String> r = dispatcher.upload("/enterprises/import", "p.csv",
                "企业名称,统一社会信用代码,地址,行业,所属辖区\n坏,1,地址,餐饮,G01\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(302);
        String result = r.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        String page = dispatcher.get(result).body();
        for (int i = 0; i < 100 && page.contains("import-progress"); i++) {
            Thread.sleep(100);
            page = dispatcher.get(result).body();
        }
        assertThat(page).contains("被拒绝", "统一社会信用代码应为 18 位");
        HttpResponse<byte[]> csv = dispatcher.getBytes(result + "/errors.csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("2,统一社会信用代码");
        assertThat(dispatcher.getBytes(result + "/errors.xlsx").statusCode()).isEqualTo(200);
        assertThat(WebSession.browser(port, "admin").get(result).statusCode()).as("another person's import").isEqualTo(404);
    }

    @Test
    void aRunningImportShowsItsProgressAndPollsForMore() throws Exception {
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        java.util.UUID id = java.util.UUID.randomUUID();
        imports.begin(id, people.findByUsername("dispatcher").orElseThrow().id(), "大文件.csv", 400);
        imports.progress(id, 100);

        String page = dispatcher.get("/enterprises/import/" + id).body();

        assertThat(page).contains("正在导入“大文件.csv”", "已处理 100 / 400 行（25%）", "hx-trigger=\"every 1s\"");
        assertThat(dispatcher.getBytes("/enterprises/import/" + id + "/errors.csv").statusCode()).isEqualTo(404);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private void assertProblem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("field")).as(r.body()).isNotNull();
        assertThat(body.get("field").asString()).isEqualTo(field);
        assertThat(r.body()).doesNotContain("Exception");
    }

    private JsonNode body(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }
}
