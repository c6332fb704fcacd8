package org.fengqiao.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.fengqiao.org.ApiTokens;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Drives /open311/v2 the way GeoReport v2 clients do: discovery, service list and definition, a form-encoded POST
 * with api_key, the token flow, filtered lists, and errors parsed as lists of {code, description}, in XML and JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311ClientTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void discoveryNamesTheEndpointAndBothFormats() throws Exception {
        Document d = xml(get("/open311/v2/discovery.xml"));
        Element endpoint = (Element) d.getElementsByTagName("endpoint").item(0);
        assertThat(text(endpoint, "url")).endsWith("/open311/v2/");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(d.getElementsByTagName("format").getLength()).isEqualTo(2);
    }

    @Test
    void servicesAreTheCaseworkCategoriesWithAJurisdictionAttribute() throws Exception {
        JsonNode services = json.readTree(get("/open311/v2/services.json").body());
        assertThat(services.size()).isEqualTo(org.fengqiao.casework.Category.values().length);
        assertThat(services.get(0).get("service_code").asString()).isEqualTo("URBAN_CONSTRUCTION");
        assertThat(services.get(0).get("metadata").asBoolean()).isTrue();
        Document def = xml(get("/open311/v2/services/ENVIRONMENT.xml"));
        Element first = (Element) def.getElementsByTagName("attribute").item(0);
        assertThat(text(first, "code")).isEqualTo("jurisdiction");
        assertThat(text(first, "datatype")).isEqualTo("singlevaluelist");
        assertThat(text(first, "required")).isEqualTo("true");
        assertThat(first.getElementsByTagName("key").getLength()).isGreaterThan(4);
    }

    @Test
    void aPostWithTheDemoKeyAnswersIdAndTokenAndTheTokenLeadsToTheRequest() throws Exception {
        HttpResponse<String> posted = post("/open311/v2/requests.json", form("fengqiao-demo-key", "ENVIRONMENT",
                "C01", "13912345678"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode created = json.readTree(posted.body()).get(0);
        String id = created.get("service_request_id").asString();
        String token = created.get("token").asString();

        Document byToken = xml(get("/open311/v2/tokens/" + token + ".xml"));
        assertThat(text(byToken.getDocumentElement(), "service_request_id")).isEqualTo(id);

        Document one = xml(get("/open311/v2/requests/" + id + ".xml"));
        Element request = (Element) one.getElementsByTagName("request").item(0);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "service_code")).isEqualTo("ENVIRONMENT");
        assertThat(text(request, "lat")).isEqualTo("30.12");
        assertThat(Instant.parse(text(request, "requested_datetime"))).isBeforeOrEqualTo(Instant.now());
        assertThat(text(request, "requested_datetime")).endsWith("Z");
        assertThat(one.getDocumentElement().getTextContent()).doesNotContain("13912345678", "李四");
        assertThat(jdbc.sql("SELECT channel FROM cases WHERE number = ?").param(id).query(String.class).single())
                .isEqualTo("OPEN311");
    }

    @Test
    void aHandledRequestShowsLeadUnitDeadlineReplyAndClosedStatus() throws Exception {
        JsonNode created = json.readTree(post("/open311/v2/requests.json", form("fengqiao-demo-key",
                "BUSINESS_OPERATIONS", "C01", "13912345678")).body()).get(0);
        String caseId = created.get("token").asString();
        command("dispatcher", caseId, "accept", "{\"version\":0}");
        command("dispatcher", caseId, "assign", "{\"version\":1,\"units\":[\"U03\"]}");
        command("handler", caseId, "acknowledge", "{\"version\":2}");
        command("handler", caseId, "resolve", "{\"version\":3,\"result\":\"已约谈企业整改\"}");
        command("handler", caseId, "reply", "{\"version\":4,\"reply\":\"已联系企业，问题已处理。\"}");
        command("dispatcher", caseId, "close", "{\"version\":5,\"reason\":\"群众未接电话\"}");

        JsonNode r = json.readTree(get("/open311/v2/requests/" + created.get("service_request_id").asString()
                + ".json").body()).get(0);
        assertThat(r.get("status").asString()).isEqualTo("closed");
        assertThat(r.get("agency_responsible").asString()).isEqualTo("区市场监督管理局");
        assertThat(r.get("status_notes").asString()).isEqualTo("已联系企业，问题已处理。");
        assertThat(r.get("expected_datetime").asString()).endsWith("Z");
    }

    @Test
    void listsFilterByServiceCodeStatusAndDatesAndPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("/open311/v2/requests.json", form("fengqiao-demo-key", "TRANSPORT", "C02", "13912345678"));
        }
        JsonNode open = json.readTree(get("/open311/v2/requests.json?service_code=TRANSPORT&status=open").body());
        assertThat(open.size()).isGreaterThanOrEqualTo(3);
        open.forEach(r -> assertThat(r.get("service_code").asString()).isEqualTo("TRANSPORT"));
        open.forEach(r -> assertThat(r.get("status").asString()).isEqualTo("open"));
        JsonNode page = json.readTree(get("/open311/v2/requests.json?service_code=TRANSPORT&page_size=2&page=1")
                .body());
        assertThat(page.size()).isEqualTo(2);
        JsonNode future = json.readTree(get("/open311/v2/requests.json?start_date=2099-01-01T00:00:00Z").body());
        assertThat(future.size()).isZero();
    }

    @Test
    void anonymousReadersSeeOnlyOpen311RequestsAndATokenHolderSeesTheirScope() throws Exception {
        String phoneCase = jdbc.sql("SELECT number FROM cases WHERE channel = 'PHONE' LIMIT 1").query(String.class)
                .single();
        assertThat(get("/open311/v2/requests/" + phoneCase + ".json").statusCode()).isEqualTo(404);
        UUID dispatcher = jdbc.sql("SELECT id FROM person WHERE username = 'dispatcher'").query(UUID.class).single();
        String key = tokens.issue(dispatcher, "open311 test");
        HttpResponse<String> seen = get("/open311/v2/requests/" + phoneCase + ".json?api_key=" + key);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).doesNotContain("reporter", "phone");
    }

    @Test
    void errorsAreListsOfCodeAndDescriptionInTheRequestedFormat() throws Exception {
        HttpResponse<String> noKey = post("/open311/v2/requests.xml", form(null, "ENVIRONMENT", "C01", "13912345678"));
        assertThat(noKey.statusCode()).isEqualTo(403);
        Element error = (Element) xml(noKey).getElementsByTagName("error").item(0);
        assertThat(text(error, "code")).isEqualTo("403");
        assertThat(text(error, "description")).isNotBlank();

        HttpResponse<String> badKey = post("/open311/v2/requests.json", form("nonsense", "ENVIRONMENT", "C01",
                "13912345678"));
        assertThat(badKey.statusCode()).isEqualTo(403);

        HttpResponse<String> badPhone = post("/open311/v2/requests.json", form("fengqiao-demo-key", "ENVIRONMENT",
                "C01", "12"));
        assertThat(badPhone.statusCode()).isEqualTo(400);
        JsonNode e = json.readTree(badPhone.body()).get(0);
        assertThat(e.get("code").asInt()).isEqualTo(400);
        assertThat(e.get("description").asString()).startsWith("phone: ");

        HttpResponse<String> noPlace = post("/open311/v2/requests.json", form("fengqiao-demo-key", "ENVIRONMENT",
                "", "13912345678"));
        assertThat(json.readTree(noPlace.body()).get(0).get("description").asString())
                .startsWith("attribute[jurisdiction]: ");

        assertThat(get("/open311/v2/services/NOPE.json").statusCode()).isEqualTo(404);
        assertThat(get("/open311/v2/requests/XX-0.xml").statusCode()).isEqualTo(404);
        HttpResponse<String> badDate = get("/open311/v2/requests.json?start_date=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("start_date").doesNotContain("Exception");
        assertThat(get("/open311/v2/requests.json?status=maybe").statusCode()).isEqualTo(400);
        assertThat(get("/open311/v2/services.yaml").statusCode()).isEqualTo(404);
    }

    private void command(String user, String caseId, String action, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":fengqiao-demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId + "/" + action))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static Map<String, String> form(String key, String service, String place, String phone) {
        Map<String, String> f = new LinkedHashMap<>();
        if (key != null) {
            f.put("api_key", key);
        }
        f.put("service_code", service);
        f.put("lat", "30.12");
        f.put("long", "120.21");
        f.put("address_string", "枫溪路 8 号");
        f.put("description", "河道里漂着大量垃圾，已有异味。\n请尽快清理。");
        f.put("first_name", "四");
        f.put("last_name", "李");
        f.put("phone", phone);
        f.put("attribute[jurisdiction]", place);
        return f;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
