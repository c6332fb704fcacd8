package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;


import org.fengqiao.PdfText;
import org.fengqiao.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

/** The agreement of a settled mediation downloads as a PDF whose Chinese text reads back as written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementPdfTests {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void theAgreementPdfCarriesTheTemplatesChineseTextForTheParties() throws Exception {
        String id = json.readTree(WebSession.api(port, "grid").postJson("/api/v1/community/C01/mediations",
                "{\"type\":\"PROPERTY\",\"summary\":\"车位被占引发争执\",\"applicants\":\"业主 冯先生 13912340031\","
                        + "\"respondents\":\"业主 褚女士 13912340032\",\"mediators\":\"王秀英\"}").body())
                .get("id").asString();
        WebSession grid = WebSession.browser(port, "grid");
        HttpResponse<byte[]> early = grid.getBytes("/community/mediations/" + id + "/agreement.pdf");
        assertThat(early.statusCode()).isEqualTo(422);

        WebSession.api(port, "grid").postJson("/api/v1/community/mediations/" + id + "/agreement",
                "{\"terms\":\"一、褚女士当日起不再占用冯先生的车位；二、双方互相致歉。\"}");
        assertThat(grid.get("/community/mediations/" + id).body()).contains("agreement-pdf");
        HttpResponse<byte[]> pdf = grid.getBytes("/community/mediations/" + id + "/agreement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".pdf");
        String all = PdfText.of(pdf.body()).replaceAll("\\s+", "");
        assertThat(all).contains("人民调解协议书").contains("业主冯先生").contains("业主褚女士").contains("物业纠纷")
                .contains("褚女士当日起不再占用冯先生的车位").contains("调解员（签名）：王秀英");

        assertThat(WebSession.browser(port, "auditor").getBytes("/community/mediations/" + id + "/agreement.pdf")
                .statusCode()).isEqualTo(200);
        assertThat(WebSession.browser(port, "enterprise").getBytes("/community/mediations/" + id + "/agreement.pdf")
                .statusCode()).isEqualTo(403);
    }
}
