package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.ts;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which categories are disputes that get follow-ups, and at which offsets; admins change them on a page. */
@Repository
class FollowUpPolicies {

    private final JdbcClient jdbc;

    FollowUpPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FollowUpPolicy> all() {
        return jdbc.sql("SELECT category, offsets FROM follow_up_policy ORDER BY category").query(this::row).list();
    }

    Optional<FollowUpPolicy> forCategory(Category category) {
        return jdbc.sql("SELECT category, offsets FROM follow_up_policy WHERE category = ?").param(category.name())
                .query(this::row).optional();
    }

    void save(FollowUpPolicy policy, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO follow_up_policy (category, offsets, changed_by, changed_at) VALUES (?, ?::integer[], ?, ?)
                ON CONFLICT (category) DO UPDATE SET offsets = EXCLUDED.offsets, changed_by = EXCLUDED.changed_by,
                  changed_at = EXCLUDED.changed_at""")
                .params(policy.category().name(), "{" + String.join(",", policy.offsets().stream()
                        .map(String::valueOf).toList()) + "}", by, ts(at))
                .update();
    }

    /** The category is no longer a dispute: closes from now on get no follow-ups (planned ones stay). */
    void remove(Category category) {
        jdbc.sql("DELETE FROM follow_up_policy WHERE category = ?").param(category.name()).update();
    }

    /** The kinds of subject other than cases that their modules registered for follow-ups. */
    List<SubjectPolicy> subjects() {
        return jdbc.sql("SELECT subject_kind, offsets, referrals FROM follow_up_subject_policy ORDER BY subject_kind")
                .query((rs, i) -> new SubjectPolicy(rs.getString(1),
                        Arrays.asList((Integer[]) rs.getArray(2).getArray()), rs.getBoolean(3)))
                .list();
    }

    /** New offsets for a registered kind; false when no module registered it (kinds are not made up here). */
    boolean save(SubjectPolicy policy, String by, Instant at) {
        return jdbc.sql("""
                UPDATE follow_up_subject_policy SET offsets = ?::integer[], referrals = ?, changed_by = ?, changed_at = ?
                WHERE subject_kind = ?""")
                .params("{" + String.join(",", policy.offsets().stream().map(String::valueOf).toList()) + "}",
                        policy.referrals(), by, ts(at), policy.kind())
                .update() == 1;
    }

    /** The offsets for a kind of subject other than cases; empty when that kind is not followed up. */
    Optional<SubjectPolicy> forSubject(String kind) {
        return jdbc.sql("SELECT offsets, referrals FROM follow_up_subject_policy WHERE subject_kind = ?").param(kind)
                .query((rs, i) -> new SubjectPolicy(kind, Arrays.asList((Integer[]) rs.getArray(1).getArray()),
                        rs.getBoolean(2)))
                .optional();
    }

    /**
     * The follow-up policy of a kind of subject: its offsets, and whether a close that referred the matter elsewhere
     * is followed up too.
     */
    record SubjectPolicy(String kind, List<Integer> offsets, boolean referrals) {

        SubjectPolicy {
            offsets = new FollowUpPolicy(Category.OTHER, offsets).offsets();
        }

        FollowUpPolicy asPolicy() {
            return new FollowUpPolicy(Category.OTHER, offsets);
        }

        public String offsetText() {
            return String.join(", ", offsets.stream().map(String::valueOf).toList());
        }
    }

    private FollowUpPolicy row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Array array = rs.getArray("offsets");
        Integer[] offsets = (Integer[]) array.getArray();
        return new FollowUpPolicy(Category.valueOf(rs.getString("category")), Arrays.asList(offsets));
    }
}
