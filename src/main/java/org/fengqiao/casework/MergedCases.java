package org.fengqiao.casework;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which cases were merged into a case, directly or through a case that was merged into it in turn. */
@Repository
class MergedCases {

    private final JdbcClient jdbc;

    MergedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CaseMerging.MergeView.Ref> into(UUID target) {
        return jdbc.sql("""
                WITH RECURSIVE f(id, depth) AS (
                  SELECT id, 1 FROM cases WHERE merged_into = :target
                  UNION ALL
                  SELECT c.id, f.depth + 1 FROM cases c JOIN f ON c.merged_into = f.id WHERE f.depth < :limit)
                SELECT c.id, c.number, c.title, c.status, c.reply, c.replied_at FROM cases c JOIN f ON c.id = f.id
                ORDER BY c.number""")
                .param("target", target).param("limit", CaseMerging.LONGEST_CHAIN)
                .query((rs, i) -> new CaseMerging.MergeView.Ref(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("title"), CaseStatus.valueOf(rs.getString("status")), rs.getString("reply"),
                        Cases.instant(rs.getTimestamp("replied_at"))))
                .list();
    }
}
