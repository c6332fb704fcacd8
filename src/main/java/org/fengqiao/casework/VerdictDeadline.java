package org.fengqiao.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes replied cases whose reporter gave no verdict within the limit, as {@link ClosureKind#NO_VERDICT} (never
 * as solved). Safe with several instances: a case closed by another instance meanwhile fails the version check
 * and is skipped.
 */
@Component
class VerdictDeadline {

    private static final Logger log = LoggerFactory.getLogger(VerdictDeadline.class);
    private static final Actor SYSTEM = new Actor(null, "system", "系统", Set.of(Role.ADMIN), Set.of(), List.of("/"));

    private final JdbcClient jdbc;
    private final CaseHandling handling;
    private final CaseworkSettings settings;

    VerdictDeadline(JdbcClient jdbc, CaseHandling handling, CaseworkSettings settings) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT2M")
    void closeUnanswered() {
        closeUnanswered(Instant.now());
    }

    /** Closes what is overdue at {@code now}; answers how many were closed. */
    int closeUnanswered(Instant now) {
        List<UUID> due = jdbc.sql("SELECT id FROM cases WHERE status = 'REPLIED' AND replied_at <= ? LIMIT 500")
                .param(Timestamp.from(now.minus(settings.verdictWait()))).query(UUID.class).list();
        int closed = 0;
        for (UUID id : due) {
            try {
                Case c = handling.get(new CaseId(id), SYSTEM);
                handling.act(c.id(), Action.CLOSE, new CaseCommand(c.version(), "反馈后逾期未评价，系统自动结案", null,
                        null, null, null, null, null, null, null), SYSTEM, Channel.SYSTEM, now);
                closed++;
            } catch (DomainException e) {
                log.debug("Case {} changed meanwhile, skipped: {}", id, e.messageKey());
            }
        }
        return closed;
    }
}
