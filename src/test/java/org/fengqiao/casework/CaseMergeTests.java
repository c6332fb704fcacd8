package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Role;
import org.fengqiao.shared.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** 合并办理: a dispatcher merges duplicates; the merged case follows the target and its reporter gets the reply. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseMergeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseMerging merging;
    @Autowired
    People people;

    /** A case reported on the public page: its id, number and lookup code. */
    record Reported(UUID id, String number, String code) {
    }

    @Test
    void aMergedCaseClosesAsMergedWithHistoryOnBothAndItsReporterGetsTheTargetsReply() throws Exception {
        Reported first = report("C01", "东门垃圾桶满溢三天无人清运");
        Reported second = report("C01", "小区东门垃圾三天没人清运，气味很大");

        JsonNode merged = api("dispatcher", "/api/v1/cases/" + second.id() + "/merge",
                "{\"version\":0,\"target\":\"" + first.number() + "\",\"note\":\"同一处垃圾\"}", 200);
        assertThat(merged.get("status").asString()).isEqualTo("CLOSED");
        assertThat(merged.get("closureKind").asString()).isEqualTo("MERGED");
        assertThat(merged.get("mergedInto").asString()).isEqualTo(first.number());
        assertThat(lastHistory(second.id())).isEqualTo("MERGE|SUBMITTED|CLOSED|into=" + first.number());
        assertThat(lastHistory(first.id())).isEqualTo("ABSORB|SUBMITTED|SUBMITTED|from=" + second.number());
        assertThat(jdbc.sql("SELECT merged_into FROM cases WHERE id = ?").param(second.id()).query(UUID.class).single())
                .isEqualTo(first.id());

        long v = 1;
        command(first.id(), "accept", "dispatcher", v++, "");
        command(first.id(), "assign", "dispatcher", v++, ",\"units\":[\"U03\"]");
        command(first.id(), "acknowledge", "handler", v++, "");
        command(first.id(), "resolve", "handler", v++, ",\"result\":\"已清运\"");
        command(first.id(), "reply", "dispatcher", v, ",\"reply\":\"垃圾已清运，并增加了清运频次\"");

        String ownPage = track(first);
        String followerPage = track(second);
        assertThat(ownPage).contains("垃圾已清运，并增加了清运频次", "请您评价");
        assertThat(followerPage).contains("垃圾已清运，并增加了清运频次", first.number(), "已合并办理", "已反馈")
                .doesNotContain("请您评价");

        JsonNode merges = api("dispatcher", "/api/v1/cases/" + first.id() + "/merges", null, 200);
        assertThat(merges.get("followers").get(0).get("number").asString()).isEqualTo(second.number());
        JsonNode follows = api("dispatcher", "/api/v1/cases/" + second.id() + "/merges", null, 200).get("follows");
        assertThat(follows.get("reply").asString()).isEqualTo("垃圾已清运，并增加了清运频次");
        assertThat(jdbc.sql("SELECT closure_kind FROM cases WHERE id = ?").param(second.id()).query(String.class)
                .single()).isEqualTo("MERGED");
    }

    @Test
    void theReplyReachesTheReportersOfTheCaseAndOfEveryCaseMergedIntoItBySmsWhenTheyHaveNoAccount()
            throws Exception {
        Reported lead = report("C02", "菜市场门口污水横流", "13700002001");
        Reported follower = report("C02", "菜场门口下水道堵了污水漫出来", "13700002002");
        Reported sameResident = report("C02", "菜市场门口污水没人管", "13700002001");
        api("dispatcher", "/api/v1/cases/" + follower.id() + "/merge",
                "{\"version\":0,\"target\":\"" + lead.number() + "\"}", 200);
        api("dispatcher", "/api/v1/cases/" + sameResident.id() + "/merge",
                "{\"version\":0,\"target\":\"" + lead.number() + "\"}", 200);
        long v = 2;
        command(lead.id(), "accept", "dispatcher", v++, "");
        command(lead.id(), "assign", "dispatcher", v++, ",\"units\":[\"U03\"]");
        command(lead.id(), "acknowledge", "handler", v++, "");
        command(lead.id(), "resolve", "handler", v++, ",\"result\":\"已疏通\"");
        command(lead.id(), "reply", "dispatcher", v, ",\"reply\":\"下水道已疏通，路面已冲洗\"");

        String sent = """
                SELECT string_agg(address, ',' ORDER BY address) FROM notify_delivery
                WHERE channel = 'sms' AND title LIKE '%' || ? || '%'""";
        long until = System.currentTimeMillis() + 30_000;
        String addresses = null;
        while (System.currentTimeMillis() < until
                && !"13700002001,13700002002".equals(addresses = jdbc.sql(sent).param(lead.number())
                        .query(String.class).optional().orElse(null))) {
            Thread.sleep(200);
        }
        assertThat(addresses).as("one SMS per distinct reporter phone, the lead's and the merged cases'")
                .isEqualTo("13700002001,13700002002");
        assertThat(jdbc.sql("SELECT body FROM notify_delivery WHERE channel = 'sms' AND address = '13700002002' "
                + "AND title LIKE '%' || ? || '%'").param(lead.number()).query(String.class).single())
                .contains("下水道已疏通，路面已冲洗");
    }

    @Test
    void aCaseMergedIntoACaseThatIsMergedInTurnFollowsTheLastOne() throws Exception {
        Reported a = report("C01", "路口红绿灯坏了");
        Reported b = report("C01", "路口信号灯不亮");
        Reported c = report("C01", "十字路口红绿灯故障");
        api("dispatcher", "/api/v1/cases/" + a.id() + "/merge", "{\"version\":0,\"target\":\"" + b.id() + "\"}", 200);
        api("dispatcher", "/api/v1/cases/" + b.id() + "/merge", "{\"version\":1,\"target\":\"" + c.number() + "\"}",
                200);
        JsonNode followers = api("dispatcher", "/api/v1/cases/" + c.id() + "/merges", null, 200).get("followers");
        assertThat(followers).hasSize(2);
        assertThat(api("dispatcher", "/api/v1/cases/" + a.id() + "/merges", null, 200).get("follows").get("number")
                .asString()).isEqualTo(c.number());
        assertThat(track(a)).contains(c.number());
    }

    @Test
    void mergingIntoItselfIntoAClosedCaseOrWithAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Reported one = report("C01", "楼道堆放杂物");
        Reported other = report("C01", "楼道杂物堵塞消防通道");
        assertThat(mergeStatus("dispatcher", one.id(), 0, one.number())).isEqualTo(422);
        command(other.id(), "cancel", "dispatcher", 0, ",\"reason\":\"重复提交\"");
        MvcResult closed = mvc.perform(post("/api/v1/cases/" + one.id() + "/merge").with(as("dispatcher"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"target\":\"" + other.number() + "\"}"))
                .andReturn();
        assertThat(closed.getResponse().getStatus()).isEqualTo(409);
        assertThat(closed.getResponse().getContentAsString()).contains("已结束办理", "\"field\":\"target\"");
        Reported open = report("C01", "楼道里有人堆放纸箱");
        assertThat(mergeStatus("dispatcher", one.id(), 3, open.number())).isEqualTo(409);
        assertThat(mergeStatus("handler", one.id(), 0, open.number())).isEqualTo(404);
        assertThat(mergeStatus("dispatcher", one.id(), 0, "QY-19990101-0001")).isEqualTo(404);
        assertThat(status(one.id())).isEqualTo("SUBMITTED|0");
        assertThat(status(open.id())).isEqualTo("SUBMITTED|0");
    }

    @Test
    void aDispatcherCannotMergeAcrossJurisdictions() {
        Reported east = report("C01", "东湖街道路面塌陷");
        Reported west = report("C03", "西岭镇路面塌陷");
        var p = people.findByUsername("dispatcher").orElseThrow();
        Actor eastDispatcher = new Actor(p.id(), "dispatcher", "东湖坐席", Set.of(Role.DISPATCHER), p.unitIds(),
                List.of("/D01/T01/"));
        assertThatThrownBy(() -> merging.merge(new CaseId(east.id()), 0, west.number(), null, eastDispatcher,
                Channel.WORKBENCH)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> merging.merge(new CaseId(west.id()), 0, east.number(), null, eastDispatcher,
                Channel.WORKBENCH)).isInstanceOf(NotFound.class);
        Actor officerAndHandler = new Actor(p.id(), "x", "派出所", Set.of(Role.OFFICER, Role.HANDLER), Set.of(),
                List.of("/D01/T01/"));
        Reported another = report("C01", "东湖街道人行道塌陷");
        assertThatThrownBy(() -> merging.merge(new CaseId(east.id()), 0, another.number(), null, officerAndHandler,
                Channel.WORKBENCH)).isInstanceOf(org.fengqiao.shared.Forbidden.class);
        assertThat(status(east.id())).isEqualTo("SUBMITTED|0");
        assertThat(status(west.id())).isEqualTo("SUBMITTED|0");
    }

    @Test
    void theCasePageOffersMergingAndShowsWhomACaseFollows() throws Exception {
        Reported target = report("C02", "园区东门路灯连续一周不亮夜间出行不安全");
        Reported duplicate = report("C02", "园区东门路灯一周不亮，夜里出行不安全");
        String page = mvc.perform(get("/casework/cases/" + duplicate.id()).with(as("dispatcher"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("name=\"target\"", "/casework/cases/" + duplicate.id() + "/merge");
        MvcResult done = mvc.perform(post("/casework/cases/" + duplicate.id() + "/merge").with(as("dispatcher"))
                .with(csrf()).param("version", "0").param("target", target.number())).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/casework/cases/" + duplicate.id());
        String panel = mvc.perform(get("/casework/cases/" + duplicate.id() + "/merges").with(as("dispatcher")))
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("本件已并入", target.number());
        String targetPanel = mvc.perform(get("/casework/cases/" + target.id() + "/merges").with(as("auditor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(targetPanel).contains(duplicate.number());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /**
     * Each reporter posts from an address of their own: the public pages limit posts per client address, and the
     * other tests of the suite have used up the test host's share.
     */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor ownAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Reported report(String place, String text) {
        return report(place, text, "13600001234");
    }

    private Reported report(String place, String text, String phone) {
        try {
            String receipt = mvc.perform(post("/report").with(ownAddress()).param("title", text)
                    .param("description", text + "，请尽快处理。")
                    .param("category", "ENVIRONMENT").param("jurisdiction", place).param("reporterName", "王阿姨")
                    .param("reporterPhone", phone).with(csrf())).andReturn().getResponse()
                    .getContentAsString();
            String number = find(receipt, "id=\"case-number\">([A-Z]{2}-\\d{8}-\\d{4})<");
            return new Reported(jdbc.sql("SELECT id FROM cases WHERE number = ?").param(number).query(UUID.class)
                    .single(), number, find(receipt, "id=\"lookup-code\">([A-Z0-9]{8})<"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String track(Reported r) throws Exception {
        return mvc.perform(post("/track").with(ownAddress()).param("number", r.number()).param("code", r.code())
                .with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    private void command(UUID id, String action, String who, long version, String more) throws Exception {
        api(who, "/api/v1/cases/" + id + "/" + action, "{\"version\":" + version + more + "}", 200);
    }

    private int mergeStatus(String who, UUID id, long version, String target) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + id + "/merge").with(as(who)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"target\":\"" + target + "\"}")).andReturn().getResponse()
                .getStatus();
    }

    private JsonNode api(String who, String path, String body, int expected) throws Exception {
        MvcResult r = mvc.perform(body == null ? get(path).with(as(who))
                : post(path).with(as(who)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString())
                .isEqualTo(expected);
        return json.readTree(r.getResponse().getContentAsString());
    }

    private String lastHistory(UUID id) {
        return jdbc.sql("SELECT action || '|' || from_status || '|' || to_status || '|' || detail FROM case_history"
                + " WHERE case_id = ? ORDER BY seq DESC LIMIT 1").param(id).query(String.class).single();
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status || '|' || version FROM cases WHERE id = ?").param(id).query(String.class)
                .single();
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
