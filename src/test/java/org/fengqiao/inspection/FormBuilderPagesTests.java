package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form builder edits items as rows (section, item, answer type, choices, legal basis, photo): rows are added,
 * moved and removed by redrawing the page, nothing is stored until saved, and the saved form keeps the rows' order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormBuilderPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    CheckForms forms;

    static List<Map.Entry<String, String>> row(String section, String text, String type, String choices, String basis,
            boolean photo) {
        return List.of(Map.entry("section", section), Map.entry("text", text), Map.entry("type", type),
                Map.entry("choices", choices), Map.entry("legalBasis", basis), Map.entry("photo", photo ? "Y" : "N"));
    }

    @SafeVarargs
    static List<Map.Entry<String, String>> fields(List<Map.Entry<String, String>>... parts) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (List<Map.Entry<String, String>> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    @Test
    void itemRowsAreAddedMovedAndRemovedOnThePageAndSavedInTheirOrder() throws Exception {
        String code = "ROWS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        WebSession admin = WebSession.browser(port, "admin");
        assertThat(admin.get("/inspection/forms").body()).contains("添加一项", "第 1 项").doesNotContain("??inspection.");
        List<Map.Entry<String, String>> head = List.of(Map.entry("code", code), Map.entry("name", "行式检查表"),
                Map.entry("kind", "GENERAL"), Map.entry("unitId", ""));
        List<Map.Entry<String, String>> licence = row("证照", "营业执照在有效期内", "YES_NO", "", "《无证无照经营查处办法》第二条",
                true);
        List<Map.Entry<String, String>> hygiene = row("现场", "卫生状况", "CHOICE", "良好/一般/较差", "", false);

        String added = admin.post("/inspection/forms", fields(head, licence, List.of(Map.entry("op", "add")))).body();
        assertThat(added).contains("第 2 项", "营业执照在有效期内", "《无证无照经营查处办法》第二条");
        String moved = admin.post("/inspection/forms", fields(head, licence, hygiene,
                List.of(Map.entry("op", "up:1")))).body();
        assertThat(moved.indexOf("卫生状况")).isLessThan(moved.indexOf("营业执照在有效期内"));
        assertThat(forms.findByCode(code)).as("nothing saved while editing rows").isEmpty();

        HttpResponse<String> saved = admin.post("/inspection/forms", fields(head, hygiene, licence,
                row("", "", "YES_NO", "", "", false)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        CheckForm form = forms.findByCode(code).orElseThrow();
        assertThat(form.items()).extracting(CheckForm.Item::text).containsExactly("卫生状况", "营业执照在有效期内");
        assertThat(form.items().get(0).choices()).containsExactly("良好", "一般", "较差");
        assertThat(form.items().get(1).photoRequired()).isTrue();
        assertThat(form.items().get(1).legalBasis()).isEqualTo("《无证无照经营查处办法》第二条");

        String page = admin.get("/inspection/forms/" + form.id()).body();
        assertThat(page).contains("第 2 项", "value=\"营业执照在有效期内\"");
        List<Map.Entry<String, String>> version = List.of(Map.entry("version", String.valueOf(form.version())),
                Map.entry("name", "行式检查表"));
        String removed = admin.post("/inspection/forms/" + form.id(), fields(version, hygiene, licence,
                List.of(Map.entry("op", "remove:0")))).body();
        assertThat(removed).contains("value=\"营业执照在有效期内\"").doesNotContain("value=\"卫生状况\"");
        assertThat(admin.post("/inspection/forms/" + form.id(), fields(version, licence)).statusCode()).isEqualTo(302);
        assertThat(forms.get(form.id()).items()).extracting(CheckForm.Item::text).containsExactly("营业执照在有效期内");
    }

    @Test
    void tamperedRowsAndUnknownRowOperationsAreRefusedNamingTheField() throws Exception {
        WebSession admin = WebSession.browser(port, "admin");
        admin.get("/inspection/forms");
        HttpResponse<String> uneven = admin.post("/inspection/forms", List.of(Map.entry("code", "X-UNEVEN"),
                Map.entry("name", "x"), Map.entry("kind", "GENERAL"), Map.entry("section", "a"),
                Map.entry("section", "b"), Map.entry("text", "only one")));
        assertThat(uneven.statusCode()).isEqualTo(422);
        assertThat(uneven.body()).contains("检查项数据不完整");
        HttpResponse<String> op = admin.post("/inspection/forms", fields(row("a", "b", "YES_NO", "", "", false),
                List.of(Map.entry("op", "explode:0"))));
        assertThat(op.statusCode()).isEqualTo(422);
        assertThat(forms.findByCode("X-UNEVEN")).isEmpty();
    }
}
