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

    private FollowUpPolicy row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Array array = rs.getArray("offsets");
        Integer[] offsets = (Integer[]) array.getArray();
        return new FollowUpPolicy(Category.valueOf(rs.getString("category")), Arrays.asList(offsets));
    }
}
