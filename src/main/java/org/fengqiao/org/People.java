package org.fengqiao.org;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** People with accounts, their roles and scopes. */
@Repository
public class People {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    People(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Roles, units and jurisdictions of person {@code p} as arrays, so that a person loads in one round trip. */
    static final String SCOPES = """
            ARRAY(SELECT role FROM person_role WHERE person_id = p.id) AS roles,
            ARRAY(SELECT unit_id::text FROM person_unit WHERE person_id = p.id) AS units""";

    private static final String SELECT_PERSON = "SELECT p.id, p.username, p.display_name, p.phone, p.enabled, "
            + SCOPES + """
            ,
            ARRAY(SELECT jurisdiction_id::text FROM person_jurisdiction WHERE person_id = p.id) AS jurisdictions
            FROM person p""";

    private static final RowMapper<Person> PERSON = (rs, i) -> new Person(rs.getObject("id", UUID.class),
            rs.getString("username"), rs.getString("display_name"), rs.getString("phone"), rs.getBoolean("enabled"),
            roles(rs), ids(rs, "jurisdictions"), ids(rs, "units"));

    public Optional<Person> findByUsername(String username) {
        return jdbc.sql(SELECT_PERSON + " WHERE p.username = ?").param(username).query(PERSON).optional();
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql(SELECT_PERSON + " WHERE p.id = ?").param(id).query(PERSON).optional();
    }

    public List<Person> all() {
        return jdbc.sql(SELECT_PERSON + " ORDER BY p.username").query(PERSON).list();
    }

    /** People who work for a unit, e.g. to notify its handlers. */
    public List<Person> ofUnit(UUID unitId) {
        return jdbc.sql(SELECT_PERSON + " WHERE p.id IN (SELECT person_id FROM person_unit WHERE unit_id = ?)"
                + " ORDER BY p.username").param(unitId).query(PERSON).list();
    }

    @Transactional
    public Person add(String username, String displayName, String phone, String rawPassword, Set<Role> roles,
            Set<UUID> jurisdictionIds, Set<UUID> unitIds) {
        UUID id = UUID.nameUUIDFromBytes(("person:" + username).getBytes());
        jdbc.sql("INSERT INTO person (id, username, display_name, phone, password_hash) VALUES (?,?,?,?,?)")
                .params(id, username, displayName, phone, passwords.encode(rawPassword)).update();
        roles.forEach(r -> jdbc.sql("INSERT INTO person_role VALUES (?,?)").params(id, r.name()).update());
        jurisdictionIds.forEach(j -> jdbc.sql("INSERT INTO person_jurisdiction VALUES (?,?)").params(id, j).update());
        unitIds.forEach(u -> jdbc.sql("INSERT INTO person_unit VALUES (?,?)").params(id, u).update());
        return find(id).orElseThrow();
    }

    /** The version an edit must quote (optimistic locking). */
    public long version(UUID id) {
        return jdbc.sql("SELECT version FROM person WHERE id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new org.fengqiao.shared.NotFound("person", id));
    }

    /** Replaces name, phone, roles and scopes, and whether the account may sign in, if unchanged since {@code version}. */
    @Transactional
    Person change(UUID id, long version, String displayName, String phone, boolean enabled, Set<Role> roles,
            Set<UUID> jurisdictionIds, Set<UUID> unitIds) {
        int n = jdbc.sql("""
                UPDATE person SET display_name = ?, phone = ?, enabled = ?, version = version + 1
                WHERE id = ? AND version = ?""").params(displayName, phone, enabled, id, version).update();
        if (n == 0) {
            throw new org.fengqiao.shared.StaleVersion(id, version, version(id));
        }
        jdbc.sql("DELETE FROM person_role WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM person_jurisdiction WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM person_unit WHERE person_id = ?").param(id).update();
        roles.forEach(r -> jdbc.sql("INSERT INTO person_role VALUES (?,?)").params(id, r.name()).update());
        jurisdictionIds.forEach(j -> jdbc.sql("INSERT INTO person_jurisdiction VALUES (?,?)").params(id, j).update());
        unitIds.forEach(u -> jdbc.sql("INSERT INTO person_unit VALUES (?,?)").params(id, u).update());
        return find(id).orElseThrow();
    }

    static Set<Role> roles(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : strings(rs, "roles")) {
            roles.add(Role.valueOf(role));
        }
        return roles;
    }

    static Set<UUID> ids(ResultSet rs, String column) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        for (String id : strings(rs, column)) {
            ids.add(UUID.fromString(id));
        }
        return ids;
    }

    static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
