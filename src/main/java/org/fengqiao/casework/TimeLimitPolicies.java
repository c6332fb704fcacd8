package org.fengqiao.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The time-limit policies. A case takes the policy of its category, urgency and fast-track flag, or else the one
 * for every category ({@code '*'}); the migration ships one for every urgency, so there always is one.
 */
@Repository
class TimeLimitPolicies {

    private static final String ANY = "*";

    private final JdbcClient jdbc;

    TimeLimitPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TimeLimitPolicy forCase(Category category, Urgency urgency, boolean fastTrack) {
        return jdbc.sql("""
                SELECT * FROM time_limit_policy WHERE category IN (?, '*') AND urgency = ? AND fast_track = ?
                ORDER BY category = '*' LIMIT 1""")
                .params(category.name(), urgency.name(), fastTrack).query(this::row).optional()
                .orElseThrow(() -> new IllegalStateException("no time-limit policy for " + urgency));
    }

    List<TimeLimitPolicy> all() {
        return jdbc.sql("SELECT * FROM time_limit_policy ORDER BY category = '*' DESC, category, urgency, fast_track")
                .query(this::row).list();
    }

    void save(TimeLimitPolicy p, String by) {
        String category = p.category() == null ? ANY : p.category().name();
        jdbc.sql("""
                INSERT INTO time_limit_policy VALUES (:c, :u, :f, :aa, :au, :ka, :ku, :ra, :ru, :sa, :su, :resp, now(), :by)
                ON CONFLICT (category, urgency, fast_track) DO UPDATE SET accept_amount = :aa, accept_unit = :au,
                  ack_amount = :ka, ack_unit = :ku, reply_amount = :ra, reply_unit = :ru, resolve_amount = :sa,
                  resolve_unit = :su, responses = :resp, updated_at = now(), updated_by = :by""")
                .param("c", category).param("u", p.urgency().name()).param("f", p.fastTrack())
                .param("aa", p.limit(Phase.ACCEPT).amount()).param("au", p.limit(Phase.ACCEPT).unit().name())
                .param("ka", p.limit(Phase.ACKNOWLEDGE).amount()).param("ku", p.limit(Phase.ACKNOWLEDGE).unit().name())
                .param("ra", p.limit(Phase.FIRST_REPLY).amount()).param("ru", p.limit(Phase.FIRST_REPLY).unit().name())
                .param("sa", p.limit(Phase.RESOLVE).amount()).param("su", p.limit(Phase.RESOLVE).unit().name())
                .param("resp", p.responses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("by", by)
                .update();
    }

    private TimeLimitPolicy row(ResultSet rs, int i) throws SQLException {
        Map<Phase, Limit> limits = new EnumMap<>(Phase.class);
        limits.put(Phase.ACCEPT, limit(rs, "accept"));
        limits.put(Phase.ACKNOWLEDGE, limit(rs, "ack"));
        limits.put(Phase.FIRST_REPLY, limit(rs, "reply"));
        limits.put(Phase.RESOLVE, limit(rs, "resolve"));
        String category = rs.getString("category");
        Set<Action> responses = Arrays.stream(rs.getString("responses").split(",")).map(Action::valueOf)
                .collect(Collectors.toSet());
        return new TimeLimitPolicy(ANY.equals(category) ? null : Category.valueOf(category),
                Urgency.valueOf(rs.getString("urgency")), rs.getBoolean("fast_track"), limits, responses);
    }

    private static Limit limit(ResultSet rs, String prefix) throws SQLException {
        return new Limit(rs.getInt(prefix + "_amount"), Limit.Unit.valueOf(rs.getString(prefix + "_unit")));
    }
}
