package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people's journeys through the pages: reporter, dispatcher, unit handler, field officer. */
@SpringBootTest
@AutoConfigureMockMvc
class CasePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void aReporterWithoutAccountGetsANumberAndCodeAndFollowsTheCaseToAVerdict() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        String receipt = mvc.perform(multipart("/report").file(new MockMultipartFile("photos", "门口.jpg", "image/jpeg", jpeg))
                .param("title", "小区门口垃圾堆放").param("description", "小区东门垃圾桶满溢三天无人清运，气味很大。")
                .param("category", "ENVIRONMENT").param("jurisdiction", "C01").param("reporterName", "王阿姨")
                .param("reporterPhone", "13600001234").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        String number = find(receipt, "id=\"case-number\">([A-Z]{2}-\\d{8}-\\d{4,})<");
        String code = find(receipt, "id=\"lookup-code\">([A-Z0-9]{8})<");
        assertThat(number).startsWith("MS-");
        UUID id = jdbc.sql("SELECT id FROM cases WHERE number = ?").param(number).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM case_attachment WHERE case_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);

        String tracked = mvc.perform(post("/track").param("number", number).param("code", code).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(tracked).contains("待受理").doesNotContain("请您评价");
        assertThat(mvc.perform(post("/track").param("number", number).param("code", "WRONG123").with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        act(id, "accept", "dispatcher", 0, "");
        act(id, "assign", "dispatcher", 1, "&units=U06");
        act(id, "acknowledge", "admin", 2, "").andIs(403);
        jdbc.sql("INSERT INTO person_unit VALUES ((SELECT id FROM person WHERE username = 'handler'),"
                + " (SELECT id FROM unit WHERE code = 'U06')) ON CONFLICT DO NOTHING").update();
        act(id, "acknowledge", "handler", 2, "");
        act(id, "resolve", "handler", 3, "&result=已清运");
        act(id, "reply", "dispatcher", 4, "&reply=垃圾已清运，已加密清运频次");
        String rate = mvc.perform(post("/track").param("number", number).param("code", code.toLowerCase())
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(rate).contains("请您评价", "垃圾已清运");
        String after = mvc.perform(post("/track/verdict").param("number", number).param("code", code)
                .param("version", "5").param("satisfied", "true").param("score", "5").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("感谢您的评价", "已销号");
        jdbc.sql("DELETE FROM person_unit WHERE person_id = (SELECT id FROM person WHERE username = 'handler')"
                + " AND unit_id = (SELECT id FROM unit WHERE code = 'U06')").update();
    }

    @Test
    void theReportFormKeepsThePositionThePhoneGaveAndRefusesOneOffTheGlobeNamingTheField() throws Exception {
        String receipt = mvc.perform(post("/report").param("title", "路灯不亮").param("description", "东湖路 20 号门前路灯连续三晚不亮。")
                .param("category", "URBAN_CONSTRUCTION").param("jurisdiction", "C01").param("reporterName", "钱先生")
                .param("reporterPhone", "13600005678").param("lat", "29.712345").param("lon", "120.262345")
                .param("address", "").with(csrf())).andReturn().getResponse().getContentAsString();
        String number = find(receipt, "id=\"case-number\">([A-Z]{2}-\\d{8}-\\d{4,})<");
        assertThat(jdbc.sql("SELECT lat || ',' || lon FROM cases WHERE number = ?").param(number).query(String.class)
                .single()).isEqualTo("29.712345,120.262345");

        long before = jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single();
        String refused = mvc.perform(post("/report").param("title", "路灯不亮").param("description", "路灯不亮。")
                .param("category", "URBAN_CONSTRUCTION").param("jurisdiction", "C01").param("reporterName", "钱先生")
                .param("reporterPhone", "13600005678").param("lat", "291.7").param("lon", "120.26").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("纬度");
        assertThat(jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single()).isEqualTo(before);
        assertThat(mvc.perform(get("/report")).andReturn().getResponse().getContentAsString())
                .contains("附上我的位置", "/js/report-location.js");
    }

    @Test
    void aFakePhotoOnTheReportFormIsRefusedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single();
        String page = mvc.perform(multipart("/report").file(new MockMultipartFile("photos", "x.png", "image/png",
                "<script>".getBytes())).param("title", "t").param("description", "d").param("category", "OTHER")
                .param("jurisdiction", "C01").param("reporterName", "李").param("reporterPhone", "13600001234")
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("JPEG、PNG 或 WebP");
        assertThat(jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theCasePageOffersOnlyTheActionsThisPersonMayTakeAndCarriesTheVersion() throws Exception {
        MvcResult created = mvc.perform(post("/casework/cases/new").with(as("dispatcher")).with(csrf())
                .param("title", "企业反映用工招聘难").param("description", "园区企业普遍反映一线工人招聘难。")
                .param("category", "LABOUR_SOCIAL_SECURITY").param("jurisdiction", "C02")
                .param("reporterName", "周经理").param("reporterPhone", "0571-87654321")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/casework/cases/");
        String page = mvc.perform(get(location).with(as("dispatcher"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/accept", "/reject", "name=\"version\" value=\"0\"").doesNotContain("/acknowledge\"");
        assertThat(mvc.perform(get(location).with(as("handler"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        String auditor = mvc.perform(get(location).with(as("auditor"))).andReturn().getResponse().getContentAsString();
        assertThat(auditor).contains("****4321").doesNotContain("87654321", "/accept\"");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        act(id, "accept", "dispatcher", 0, "");
        act(id, "reject", "dispatcher", 0, "&reason=x").andIs(409);
    }

    @Test
    void workbenchAndInboxOpenWithTheirTabs() throws Exception {
        assertThat(mvc.perform(get("/casework/workbench?tab=RETURNED").with(as("dispatcher"))).andReturn()
                .getResponse().getContentAsString()).contains("被退回", "即将超期", "共");
        assertThat(mvc.perform(get("/casework/inbox").with(as("handler"))).andReturn().getResponse()
                .getContentAsString()).contains("待签收");
        assertThat(mvc.perform(get("/casework/workbench").with(as("handler"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/casework/cases?q=%25&sort=due&dir=asc&page=2").with(as("auditor"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anOfficersVisitWithTwoIssuesFilesTwoLinkedCases() throws Exception {
        mvc.perform(post("/casework/visits/new").with(as("officer")).with(csrf()).param("enterpriseName", "东湖五金厂")
                .param("contactName", "吴厂长").param("contactPhone", "13588889999").param("jurisdiction", "C01")
                .param("notes", "走访了解生产经营情况").param("issueTitle", "厂区门口货车违停", "希望办理消防验收指导")
                .param("issueDescription", "上下班高峰货车占道。", "新建仓库需要消防验收，希望上门指导。")
                .param("issueCategory", "TRANSPORT", "BUSINESS_OPERATIONS"));
        UUID visit = jdbc.sql("SELECT id FROM field_visit WHERE enterprise_name = '东湖五金厂'").query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM cases WHERE visit_id = ? AND channel = 'FIELD_VISIT' AND kind = 'ENTERPRISE'")
                .param(visit).query(Long.class).single()).isEqualTo(2);
        assertThat(mvc.perform(get("/casework/visits/issue?i=1").with(as("officer"))).andReturn().getResponse()
                .getContentAsString()).contains("issueTitle", "i=2");
    }

    private Check act(UUID id, String action, String user, long version, String extra) throws Exception {
        var req = post("/casework/cases/" + id + "/" + action).with(as(user)).with(csrf())
                .contentType("application/x-www-form-urlencoded").content("version=" + version + extra);
        return new Check(mvc.perform(req).andReturn().getResponse().getStatus());
    }

    /** A page action's outcome: a redirect unless a status is asserted. */
    record Check(int status) {
        Check {
            assertThat(status).isIn(302, 403, 404, 409);
        }

        void andIs(int expected) {
            assertThat(status).isEqualTo(expected);
        }
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }
}
