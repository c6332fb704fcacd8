package org.fengqiao.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The jurisdiction tree. */
@Repository
public class Jurisdictions {

    private static final RowMapper<Jurisdiction> ROW = (rs, i) -> new Jurisdiction(rs.getObject("id", UUID.class),
            rs.getObject("parent_id", UUID.class), JurisdictionLevel.valueOf(rs.getString("level")),
            rs.getString("code"), rs.getString("name"), rs.getString("path"));

    private final JdbcClient jdbc;

    Jurisdictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Jurisdiction> find(UUID id) {
        return jdbc.sql("SELECT * FROM jurisdiction WHERE id = ?").param(id).query(ROW).optional();
    }

    public Optional<Jurisdiction> findByCode(String code) {
        return jdbc.sql("SELECT * FROM jurisdiction WHERE code = ?").param(code).query(ROW).optional();
    }

    /** All nodes in tree order (a parent before its children). */
    public List<Jurisdiction> all() {
        return jdbc.sql("SELECT * FROM jurisdiction ORDER BY path").query(ROW).list();
    }

    /** The nodes inside the actor's jurisdictions. */
    public List<Jurisdiction> visibleTo(Actor actor) {
        return all().stream().filter(j -> actor.covers(j.path())).toList();
    }

    /** Adds a node under {@code parent} (null for a district); its path is derived from the parent's. */
    @Transactional
    public Jurisdiction add(UUID parentId, JurisdictionLevel level, String code, String name) {
        String parentPath = parentId == null ? "/" : find(parentId).map(Jurisdiction::path)
                .orElseThrow(() -> new org.fengqiao.shared.NotFound("jurisdiction", parentId));
        Jurisdiction j = new Jurisdiction(UUID.nameUUIDFromBytes(("jurisdiction:" + code).getBytes()), parentId, level,
                code, name, parentPath + code + "/");
        jdbc.sql("INSERT INTO jurisdiction (id, parent_id, level, code, name, path) VALUES (?,?,?,?,?,?)")
                .params(j.id(), parentId, level.name(), code, name, j.path()).update();
        return j;
    }
}
