package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Broken multipart uploads to a form that expects plain fields: a 4xx page, never a 500 or internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fengqiao.public-intake.requests=1000000")
class HostileUploadTests {

    @LocalServerPort
    int port;

    @Test
    void aMultipartPostWhoseFieldsAreFilesOrCutShortIsRefusedWithoutAServerError() throws Exception {
        String base = "http://localhost:" + port;
        Browser admin = Browser.signedIn(base, "admin");
        String csrf = Browser.csrfToken(admin.get("/home").body());
        String head = "--b1\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--b1\r\nContent-Disposition: form-data; name=\"code\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nX99\r\n";
        for (String body : new String[] {head + "--b1--\r\n", head, head.substring(0, head.length() - 12)}) {
            HttpResponse<String> r = admin.send(HttpRequest.newBuilder(URI.create(base + "/admin/jurisdictions"))
                    .header("Content-Type", "multipart/form-data; boundary=b1")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            System.out.println("hostile upload: " + r.statusCode() + " " + r.body().replaceAll("\\s+", " ")
                    .substring(0, Math.min(400, r.body().replaceAll("\\s+", " ").length())));
            assertThat(r.statusCode()).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("org.springframework.", "Exception", "Apache Tomcat", "HTTP Status")
                    .as("refused in Chinese, by Spring or by Tomcat itself").contains("lang=\"zh-CN\"");
        }
    }
}
