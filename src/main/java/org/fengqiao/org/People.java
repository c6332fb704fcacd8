package org.fengqiao.org;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

    public Optional<Person> findByUsername(String username) {
        return jdbc.sql("SELECT id FROM person WHERE username = ?").param(username).query(UUID.class).optional()
                .flatMap(this::find);
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql("SELECT id, username, display_name, phone, enabled FROM person WHERE id = ?").param(id)
                .query((rs, i) -> new Person(id, rs.getString("username"), rs.getString("display_name"),
                        rs.getString("phone"), rs.getBoolean("enabled"), roles(id), jurisdictions(id), units(id)))
                .optional();
    }

    public List<Person> all() {
        return jdbc.sql("SELECT id FROM person ORDER BY username").query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /** People who work for a unit, e.g. to notify its handlers. */
    public List<Person> ofUnit(UUID unitId) {
        return jdbc.sql("SELECT person_id FROM person_unit WHERE unit_id = ?").param(unitId).query(UUID.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
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

    Set<Role> roles(UUID id) {
        return new HashSet<>(jdbc.sql("SELECT role FROM person_role WHERE person_id = ?").param(id)
                .query((rs, i) -> Role.valueOf(rs.getString(1))).list());
    }

    Set<UUID> jurisdictions(UUID id) {
        return new HashSet<>(jdbc.sql("SELECT jurisdiction_id FROM person_jurisdiction WHERE person_id = ?").param(id)
                .query(UUID.class).list());
    }

    Set<UUID> units(UUID id) {
        return new HashSet<>(jdbc.sql("SELECT unit_id FROM person_unit WHERE person_id = ?").param(id)
                .query(UUID.class).list());
    }
}
