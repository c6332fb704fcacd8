package org.fengqiao.triage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing table: category → unit, per jurisdiction. */
@Repository
class Routes {

    private static final String SELECT = """
            SELECT r.*, j.name AS jname, u.code AS ucode, u.name AS uname FROM triage_route r
            JOIN unit u ON u.id = r.unit_id LEFT JOIN jurisdiction j ON j.path = r.jurisdiction_path
            """;
    private static final RowMapper<Route> ROW = (rs, i) -> new Route(rs.getObject("id", UUID.class),
            rs.getString("jurisdiction_path"), rs.getString("jname"), rs.getString("category"),
            rs.getObject("unit_id", UUID.class), rs.getString("ucode"), rs.getString("uname"),
            rs.getString("updated_by"), rs.getLong("version"));

    /** Sort keys a page may ask for, mapped to columns (never spliced from input). */
    enum Sort {
        JURISDICTION("r.jurisdiction_path, r.category"), CATEGORY("r.category, r.jurisdiction_path"),
        UNIT("u.code, r.jurisdiction_path, r.category");

        final String columns;

        Sort(String columns) {
            this.columns = columns;
        }
    }

    private final JdbcClient jdbc;

    Routes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The route of the deepest jurisdiction on {@code path} (the path itself or one of its ancestors). */
    Optional<Route> resolve(String category, String path) {
        return jdbc.sql(SELECT + "WHERE r.category = ? AND ? LIKE r.jurisdiction_path || '%' "
                + "ORDER BY length(r.jurisdiction_path) DESC LIMIT 1").params(category, path).query(ROW).optional();
    }

    /** Routes inside any of {@code scopes} (jurisdiction path prefixes), filtered and sorted. */
    List<Route> list(List<String> scopes, String category, String pathPrefix, Sort sort, int limit, int offset) {
        return jdbc.sql(SELECT + """
                WHERE r.jurisdiction_path LIKE ANY (?::text[]) AND (?::text IS NULL OR r.category = ?)
                AND (?::text IS NULL OR r.jurisdiction_path LIKE ? || '%')
                ORDER BY
                """ + sort.columns + " LIMIT ? OFFSET ?")
                .params(scopes.stream().map(s -> s + "%").toArray(String[]::new), category, category, pathPrefix,
                        pathPrefix, limit, offset)
                .query(ROW).list();
    }

    Optional<Route> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE r.id = ?").param(id).query(ROW).optional();
    }

    /** Sets the unit for a category in a jurisdiction, replacing an earlier choice. */
    void put(String path, String category, UUID unitId, String by) {
        jdbc.sql("""
                INSERT INTO triage_route (id, jurisdiction_path, category, unit_id, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (jurisdiction_path, category) DO UPDATE SET unit_id = EXCLUDED.unit_id,
                    updated_by = EXCLUDED.updated_by, updated_at = now(), version = triage_route.version + 1""")
                .params(UUID.randomUUID(), path, category, unitId, by).update();
    }

    boolean delete(UUID id, long version) {
        return jdbc.sql("DELETE FROM triage_route WHERE id = ? AND version = ?").params(id, version).update() == 1;
    }
}
