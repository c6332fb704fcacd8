package org.fengqiao.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units that handle cases. */
@Repository
public class Units {

    private static final String SELECT = "SELECT u.*, j.path AS jpath FROM unit u JOIN jurisdiction j ON j.id = u.jurisdiction_id ";
    private static final RowMapper<Unit> ROW = (rs, i) -> new Unit(rs.getObject("id", UUID.class), rs.getString("code"),
            rs.getString("name"), UnitKind.valueOf(rs.getString("kind")), rs.getObject("jurisdiction_id", UUID.class),
            rs.getString("jpath"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE u.id = ?").param(id).query(ROW).optional();
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql(SELECT + "WHERE u.code = ?").param(code).query(ROW).optional();
    }

    public List<Unit> all() {
        return jdbc.sql(SELECT + "ORDER BY j.path, u.code").query(ROW).list();
    }

    public List<Unit> active() {
        return jdbc.sql(SELECT + "WHERE u.active ORDER BY j.path, u.code").query(ROW).list();
    }

    /** The version an edit must quote (optimistic locking). */
    public long version(UUID id) {
        return jdbc.sql("SELECT version FROM unit WHERE id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new org.fengqiao.shared.NotFound("unit", id));
    }

    /** Changes name, kind, place and whether the unit takes cases, if nobody changed it since {@code version}. */
    Unit change(UUID id, long version, String name, UnitKind kind, UUID jurisdictionId, boolean active) {
        int n = jdbc.sql("""
                UPDATE unit SET name = ?, kind = ?, jurisdiction_id = ?, active = ?, version = version + 1
                WHERE id = ? AND version = ?""").params(name, kind.name(), jurisdictionId, active, id, version).update();
        if (n == 0) {
            throw new org.fengqiao.shared.StaleVersion(id, version, version(id));
        }
        return find(id).orElseThrow();
    }

    public Unit add(String code, String name, UnitKind kind, UUID jurisdictionId) {
        UUID id = UUID.nameUUIDFromBytes(("unit:" + code).getBytes());
        jdbc.sql("INSERT INTO unit (id, code, name, kind, jurisdiction_id) VALUES (?,?,?,?,?)")
                .params(id, code, name, kind.name(), jurisdictionId).update();
        return find(id).orElseThrow();
    }
}
