package org.fengqiao.org;

import java.time.Instant;
import java.util.List;
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

    PersonAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // One round trip: this runs on every request of an API token, so roles, units and jurisdictions come along.
        return jdbc.sql("SELECT p.id, p.display_name, p.password_hash, p.enabled, p.locked_until, " + People.SCOPES
                + """
                ,
                  ARRAY(SELECT j.path FROM person_jurisdiction pj JOIN jurisdiction j ON j.id = pj.jurisdiction_id
                        WHERE pj.person_id = p.id
                        UNION
                        SELECT j.path FROM person_unit pu JOIN unit u ON u.id = pu.unit_id
                        JOIN jurisdiction j ON j.id = u.jurisdiction_id WHERE pu.person_id = p.id) AS paths
                FROM person p WHERE p.username = ?""")
                .param(username)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    var lockedUntil = rs.getTimestamp("locked_until");
                    Actor actor = new Actor(id, username, rs.getString("display_name"), People.roles(rs),
                            People.ids(rs, "units"), List.of(People.strings(rs, "paths")));
                    return new PersonPrincipal(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
