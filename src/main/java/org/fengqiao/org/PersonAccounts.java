package org.fengqiao.org;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a person for sign-in, with the actor (roles, units, jurisdictions) they act as. */
@Service
class PersonAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final People people;

    PersonAccounts(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT id, display_name, password_hash, enabled, locked_until FROM person WHERE username = ?")
                .param(username)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    var lockedUntil = rs.getTimestamp("locked_until");
                    Actor actor = new Actor(id, username, rs.getString("display_name"), people.roles(id),
                            people.units(id), people.jurisdictionPaths(id));
                    return new PersonPrincipal(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
