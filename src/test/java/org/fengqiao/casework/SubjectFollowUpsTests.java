package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-ups of subjects other than cases: the policy of the subject's kind decides the rounds (and whether a
 * referral is followed up), admins change it for registered kinds only, and rows a migration imported get their
 * timers at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectFollowUpsTests {

    static final String KIND = "TEST_SUBJECT";

    @LocalServerPort
    int port;
    @Autowired
    SubjectFollowUps subjects;
    @Autowired
    FollowUpPolicies policies;
    @Autowired
    FollowUpTimers timers;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aTestKindIsFollowedUpAfterThreeAndTenDaysButNotWhenReferred() {
        jdbc.sql("""
                INSERT INTO follow_up_subject_policy (subject_kind, offsets, referrals, changed_by, changed_at)
                VALUES (?, '{3,10}', false, 'test', now())
                ON CONFLICT (subject_kind) DO UPDATE SET offsets = '{3,10}', referrals = false""").param(KIND)
                .update();
    }

    SubjectFollowUps.Closing closing(UUID id, boolean referral) {
        return new SubjectFollowUps.Closing(new SubjectFollowUps.Subject(KIND, id, "T-" + id.toString().substring(0, 8),
                "测试事项", "/somewhere/" + id), Category.OTHER, null, "/D01/T01/C01/", "联系人", "13900001111",
                Instant.now(), referral);
    }

    @Test
    void theKindsPolicyDecidesTheRoundsAndWhetherAReferralIsFollowedUp() {
        UUID agreed = UUID.randomUUID();
        SubjectFollowUps.Closing close = closing(agreed, false);
        assertThat(subjects.plan(close)).isEqualTo(2);
        assertThat(subjects.plan(close)).as("the same close is planned once").isZero();
        assertThat(jdbc.sql("SELECT offset_days FROM case_follow_up WHERE subject_id = ? ORDER BY round")
                .param(agreed).query(Integer.class).list()).containsExactly(3, 10);
        assertThat(subjects.plan(closing(UUID.randomUUID(), true))).isZero();

        assertThat(policies.save(new FollowUpPolicies.SubjectPolicy(KIND, List.of(5), true), "test", Instant.now()))
                .isTrue();
        assertThat(subjects.plan(closing(UUID.randomUUID(), true))).isEqualTo(1);
        assertThat(subjects.plan(closing(UUID.randomUUID(), false, "UNKNOWN_KIND"))).isZero();
    }

    SubjectFollowUps.Closing closing(UUID id, boolean referral, String kind) {
        return new SubjectFollowUps.Closing(new SubjectFollowUps.Subject(kind, id, "T-1", "x", "/x"), Category.OTHER,
                null, "/D01/", null, null, Instant.now(), referral);
    }

    @Test
    void adminsChangeTheOffsetsOfRegisteredKindsOnlyAndBadOffsetsAreRefusedNamingTheField() throws Exception {
        WebSession admin = WebSession.api(port, "admin");
        assertThat(admin.putJson("/api/v1/follow-up-policies/subjects/" + KIND, "{\"offsets\":[2,20],"
                + "\"referrals\":true}").statusCode()).isEqualTo(200);
        assertThat(policies.forSubject(KIND).orElseThrow().offsets()).containsExactly(2, 20);
        assertThat(admin.putJson("/api/v1/follow-up-policies/subjects/NOBODY", "{\"offsets\":[2]}").statusCode())
                .isEqualTo(404);
        assertThat(admin.putJson("/api/v1/follow-up-policies/subjects/" + KIND, "{\"offsets\":[20,2]}").body())
                .contains("\"field\":\"offsets\"");
        assertThat(WebSession.api(port, "dispatcher").putJson("/api/v1/follow-up-policies/subjects/" + KIND,
                "{\"offsets\":[2]}").statusCode()).isEqualTo(403);
        assertThat(policies.forSubject(KIND).orElseThrow().offsets()).containsExactly(2, 20);
        WebSession page = WebSession.browser(port, "admin");
        assertThat(page.get("/casework/follow-ups/policy").body()).contains("人民调解（达成协议后）")
                .contains("/casework/follow-ups/policy/subjects/" + KIND);
    }

    @Test
    void anImportedFollowUpStillPlannedGetsItsTimerAtStartUp() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_follow_up (id, subject_kind, subject_id, subject_number, subject_title, subject_link,
                  closed_at, round, offset_days, due_on, jurisdiction_path, category, status, imported)
                VALUES (?, ?, ?, 'OLD-1', '旧记录', '/old', now(), 1, 30, current_date + 30, '/D01/T01/C01/', 'OTHER',
                  'PLANNED', true)""").params(id, KIND, UUID.randomUUID()).update();
        timers.timeImported();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-follow-up'"
                + " AND task_instance = ?").param(id.toString()).query(Long.class).single()).isEqualTo(1);
        timers.timeImported();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-follow-up'"
                + " AND task_instance = ?").param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }
}
