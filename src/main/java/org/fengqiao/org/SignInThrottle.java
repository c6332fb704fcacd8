package org.fengqiao.org;

import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account and locks it after too many in a row; a success resets the count. */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final SignInSettings settings;

    SignInThrottle(JdbcClient jdbc, SignInSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Timestamp until = Timestamp.from(Instant.now().plus(settings.lockFor()));
        int locked = jdbc.sql("""
                UPDATE person SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
                WHERE username = ? RETURNING CASE WHEN failed_logins >= ? THEN 1 ELSE 0 END""")
                .params(settings.maxFailures(), until, username, settings.maxFailures())
                .query(Integer.class).optional().orElse(0);
        if (locked == 1) {
            log.warn("Account {} locked until {} after {} failed sign-ins", username, until, settings.maxFailures());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE person SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0")
                .param(event.getAuthentication().getName()).update();
    }
}
