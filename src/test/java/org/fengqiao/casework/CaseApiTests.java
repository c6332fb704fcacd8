package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The case API over HTTP on the embedded PostgreSQL with the demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseApiTests {

    static final String VALID_CREDIT = "91330100MA27XYK00" + org.fengqiao.subject.CreditCode.checkCharacter(
            "91330100MA27XYK00");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void submittingACaseAnswers201WithNumberVersionAndLocation() throws Exception {
        HttpResponse<String> r = post("dispatcher", "/api/v1/cases", newCase("C01", VALID_CREDIT));
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("number").asString()).matches("QY-\\d{8}-\\d{4,}");
        assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/cases/" + body.get("id").asString());
        JsonNode stored = json.readTree(get("dispatcher", "/api/v1/cases/" + body.get("id").asString()).body());
        assertThat(stored.get("history").get(0).get("action").asString()).isEqualTo("SUBMIT");
        assertThat(stored.get("creditCode").asString()).isEqualTo(VALID_CREDIT);
    }

    @Test
    void residentCasesGetTheMsPrefix() throws Exception {
        JsonNode body = json.readTree(post("dispatcher", "/api/v1/cases", newCase("C02", null)).body());
        assertThat(body.get("number").asString()).startsWith("MS-");
    }

    @Test
    void aStaleVersionAnswers409AndChangesNothing() throws Exception {
        String id = submit("C01");
        assertThat(post("dispatcher", "/api/v1/cases/" + id + "/accept", "{\"version\":0}").statusCode()).isEqualTo(200);
        HttpResponse<String> stale = post("dispatcher", "/api/v1/cases/" + id + "/reject",
                "{\"version\":0,\"reason\":\"重复\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"field\":\"version\"", "已被他人修改");
        assertThat(json.readTree(get("dispatcher", "/api/v1/cases/" + id).body()).get("status").asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void anIllegalTransitionAnswers409NamingTheAllowedActions() throws Exception {
        String id = submit("C01");
        HttpResponse<String> r = post("dispatcher", "/api/v1/cases/" + id + "/reply",
                "{\"version\":0,\"reply\":\"已办\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("待受理", "accept", "reject").doesNotContain("Exception");
    }

    @Test
    void anotherJurisdictionsCaseAnswers404AsIfItDidNotExist() throws Exception {
        String west = submit("C03");
        assertThat(get("officer", "/api/v1/cases/" + west).statusCode()).isEqualTo(404);
        assertThat(post("officer", "/api/v1/cases/" + west + "/accept", "{\"version\":0}").statusCode())
                .isEqualTo(404);
        assertThat(get("handler", "/api/v1/cases/" + west).statusCode()).isEqualTo(404);
        assertThat(get("dispatcher", "/api/v1/cases/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongCreditCodeCheckCharacterAnswers422NamingTheFieldAndStoresNothing() throws Exception {
        long before = count();
        String wrong = VALID_CREDIT.substring(0, 17) + (VALID_CREDIT.charAt(17) == '0' ? '1' : '0');
        HttpResponse<String> r = post("dispatcher", "/api/v1/cases", newCase("C01", wrong));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"creditCode\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badInputAnswers4xxNamingTheField() throws Exception {
        assertThat(post("dispatcher", "/api/v1/cases", newCase("C01", null).replace("\"title\"", "\"titel\"")).body())
                .contains("titel");
        HttpResponse<String> phone = post("dispatcher", "/api/v1/cases",
                newCase("C01", null).replace("13912345678", "12345"));
        assertThat(phone.statusCode()).isEqualTo(422);
        assertThat(phone.body()).contains("reporter.phone");
        HttpResponse<String> lat = post("dispatcher", "/api/v1/cases", newCase("C01", null).replace("30.1", "91.5"));
        assertThat(lat.statusCode()).isEqualTo(400);
        assertThat(lat.body()).contains("\"field\":\"lat\"");
        HttpResponse<String> big = post("dispatcher", "/api/v1/cases",
                newCase("C01", null).replace("商铺长期占道", "长".repeat(6000)));
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("description");
        HttpResponse<String> category = post("dispatcher", "/api/v1/cases",
                newCase("C01", null).replace("URBAN_CONSTRUCTION", "WEATHER"));
        assertThat(category.statusCode()).isEqualTo(400);
        assertThat(category.body()).contains("category");
        assertThat(post("dispatcher", "/api/v1/cases", "{\"title\":").statusCode()).isEqualTo(400);
        assertThat(post("dispatcher", "/api/v1/cases", newCase("C03", null)).statusCode()).isEqualTo(201);
        HttpResponse<String> outside = post("officer", "/api/v1/cases", newCase("C03", null));
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("\"field\":\"jurisdiction\"");
    }

    @Test
    void anUnknownFieldInACommandAnswers400() throws Exception {
        String id = submit("C01");
        HttpResponse<String> r = post("dispatcher", "/api/v1/cases/" + id + "/accept", "{\"version\":0,\"force\":true}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("force");
    }

    @Test
    void aWrongContentTypeAnswers415() throws Exception {
        HttpResponse<String> r = send("dispatcher", HttpRequest.newBuilder(uri("/api/v1/cases"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aCaseGoesFromSubmissionToConfirmedClosureThroughTheApi() throws Exception {
        String id = submit("C01");
        step("dispatcher", id, "accept", "{\"version\":0}", "ACCEPTED");
        step("dispatcher", id, "assign", "{\"version\":1,\"units\":[\"U07\",\"U03\"],\"lead\":\"U03\"}", "ASSIGNED");
        step("handler", id, "acknowledge", "{\"version\":2}", "ACKNOWLEDGED");
        step("handler", id, "progress", "{\"version\":3,\"note\":\"已到现场\"}", "IN_PROGRESS");
        step("handler", id, "resolve", "{\"version\":4,\"result\":\"已责令整改\"}", "RESOLVED");
        step("dispatcher", id, "reply", "{\"version\":5,\"reply\":\"已整改到位\"}", "REPLIED");
        step("dispatcher", id, "verdict", "{\"version\":6,\"satisfied\":true,\"score\":5}", "CLOSED");
        JsonNode c = json.readTree(get("auditor", "/api/v1/cases/" + id).body());
        assertThat(c.get("closureKind").asString()).isEqualTo("CONFIRMED");
        assertThat(c.get("history")).hasSize(8);
        assertThat(c.get("reporter").get("phone").asString()).isEqualTo("139****5678");
        assertThat(c.get("coUnits").get(0).get("code").asString()).isEqualTo("U07");
        assertThat(json.readTree(get("dispatcher", "/api/v1/cases/" + id).body()).get("reporter").get("phone")
                .asString()).isEqualTo("13912345678");
    }

    @Test
    void aHandlerMayNotAcceptAndAnAuditorOnlyReads() throws Exception {
        String id = submit("C01");
        step("dispatcher", id, "accept", "{\"version\":0}", "ACCEPTED");
        step("dispatcher", id, "assign", "{\"version\":1,\"units\":[\"U03\"]}", "ASSIGNED");
        assertThat(post("handler", "/api/v1/cases/" + id + "/cancel", "{\"version\":2,\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(post("auditor", "/api/v1/cases/" + id + "/acknowledge", "{\"version\":2}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aUnitCanReturnACaseAtMostTwiceThenTheDispatcherRules() throws Exception {
        String id = submit("C01");
        step("dispatcher", id, "accept", "{\"version\":0}", "ACCEPTED");
        step("dispatcher", id, "assign", "{\"version\":1,\"units\":[\"U03\"]}", "ASSIGNED");
        step("handler", id, "return", "{\"version\":2,\"returnReason\":\"NOT_OUR_DUTY\"}", "RETURNED");
        step("dispatcher", id, "assign", "{\"version\":3,\"units\":[\"U03\"]}", "ASSIGNED");
        step("handler", id, "return", "{\"version\":4,\"returnReason\":\"ANOTHER_UNIT_LEADS\"}", "RETURNED");
        step("dispatcher", id, "assign", "{\"version\":5,\"units\":[\"U03\"]}", "ASSIGNED");
        HttpResponse<String> third = post("handler", "/api/v1/cases/" + id + "/return",
                "{\"version\":6,\"returnReason\":\"DUPLICATE\"}");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("审定");
        HttpResponse<String> unknownReason = post("handler", "/api/v1/cases/" + id + "/return",
                "{\"version\":6,\"returnReason\":\"TOO_BUSY\"}");
        assertThat(unknownReason.statusCode()).isEqualTo(400);
    }

    @Test
    void photosAreCheckedByTheirContentAndSize() throws Exception {
        String id = submit("C01");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        HttpResponse<String> ok = upload(id, "shop.png", "image/png", png);
        assertThat(ok.statusCode()).isEqualTo(201);
        HttpResponse<String> fake = upload(id, "shop.jpg", "image/jpeg", "not an image".getBytes());
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(fake.body()).contains("\"field\":\"file\"");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThat(upload(id, "big.jpg", "image/jpeg", big).statusCode()).isEqualTo(422);
        JsonNode c = json.readTree(get("dispatcher", "/api/v1/cases/" + id).body());
        assertThat(c.get("attachments")).hasSize(1);
        String photo = c.get("attachments").get(0).get("id").asString();
        HttpResponse<String> bytes = get("dispatcher", "/api/v1/cases/" + id + "/attachments/" + photo);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void listsArePagedFilteredAndScoped() throws Exception {
        submit("C01");
        submit("C03");
        JsonNode page = json.readTree(get("officer", "/api/v1/cases?size=500&q=%E5%8D%A0%E9%81%93").body());
        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.get("total").asLong()).isPositive();
        page.get("items").forEach(i -> assertThat(i.get("jurisdictionPath").asString()).startsWith("/D01/T01/"));
        JsonNode submitted = json.readTree(get("dispatcher", "/api/v1/cases?status=SUBMITTED&size=5").body());
        assertThat(submitted.get("items").size()).isLessThanOrEqualTo(5);
        submitted.get("items").forEach(i -> assertThat(i.get("status").asString()).isEqualTo("SUBMITTED"));
        assertThat(get("dispatcher", "/api/v1/cases?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(get("dispatcher", "/api/v1/cases/categories").body()).contains("劳动和社会保障", "企业经营");
    }

    private void step(String user, String id, String action, String body, String expected) throws Exception {
        HttpResponse<String> r = post(user, "/api/v1/cases/" + id + "/" + action, body);
        assertThat(r.statusCode()).as(action + ": " + r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("status").asString()).isEqualTo(expected);
    }

    private String submit(String jurisdiction) throws Exception {
        HttpResponse<String> r = post("dispatcher", "/api/v1/cases", newCase(jurisdiction, null));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single();
    }

    static String newCase(String jurisdiction, String creditCode) {
        return """
                {"title":"沿街商铺占道经营","description":"商铺长期占道摆放货物，行人只能走机动车道。",
                 "category":"URBAN_CONSTRUCTION","channel":"PHONE","reporter":{"name":"张三","phone":"13912345678"},
                 %s"address":"枫溪路8号","lat":30.1,"lon":120.2,"jurisdiction":"%s"}"""
                .formatted(creditCode == null ? "" : "\"creditCode\":\"" + creditCode + "\",\"enterpriseName\":\"枫溪商贸有限公司\",",
                        jurisdiction);
    }

    private HttpResponse<String> upload(String id, String name, String type, byte[] data) throws Exception {
        String boundary = "----fq" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(data);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("dispatcher", HttpRequest.newBuilder(uri("/api/v1/cases/" + id + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder b) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8));
        return http.send(b.header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
